package io.accountsdesk.app.diagnostics;

import java.util.Arrays;
import java.util.Locale;

/**
 * Durations of one kind gathered during one bench phase (pulse layouts, FX-thread waits), summarised as count, max
 * and 99th percentile. Not thread-safe: a {@link FxStallMonitor} records from the FX thread only.
 */
public final class Durations {

    private long[] nanos = new long[256];
    private int count;

    public void add(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    public int count() {
        return count;
    }

    /** The longest, in milliseconds; 0 for none. */
    public double maxMillis() {
        long max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, nanos[i]);
        }
        return max / 1e6;
    }

    /** The nearest-rank percentile ({@code p} in 0..100), in milliseconds; 0 for none. */
    public double percentileMillis(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    /** How many took longer than {@code millis}. */
    public int over(double millis) {
        long limit = (long) (millis * 1e6);
        int over = 0;
        for (int i = 0; i < count; i++) {
            if (nanos[i] > limit) {
                over++;
            }
        }
        return over;
    }

    /** {@code NAME_n=… NAME_max_ms=… NAME_p99_ms=… NAME_over50=…}, for a BENCH line. */
    public String describe(String name) {
        return String.format(Locale.ROOT, "%s_n=%d %s_max_ms=%.1f %s_p99_ms=%.1f %s_over50=%d", name, count, name,
                maxMillis(), name, percentileMillis(99), name, over(50));
    }
}
