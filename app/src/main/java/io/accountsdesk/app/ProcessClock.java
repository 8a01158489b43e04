package io.accountsdesk.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * How long this process has been running, for {@code --startup-probe}: the time a user waits starts when the process
 * does, before the JVM and long before {@code main}.
 *
 * <p>On Linux the age comes from {@code /proc}: the process's start tick and {@code /proc/uptime} count on the same
 * clock, to 10 ms. {@link ProcessHandle.Info#startInstant()} adds the boot time, which Linux gives only in whole
 * seconds, so it reads up to a second early (about 250 ms on the development VM) and would inflate every figure by
 * the same constant, which flatters every ratio between them. Elsewhere it is exact and used as is; the JVM's own start
 * time is the last resort.
 */
final class ProcessClock {

    /** Linux reports process start times in USER_HZ ticks, which is 100 on every architecture Java runs on. */
    private static final long USER_HZ = 100;

    private ProcessClock() {
    }

    /** Milliseconds since this process started, read from a monotonic clock after one look at the OS. */
    static LongSupplier sinceStart() {
        long startNanos = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(ageMillis());
        return () -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    private static long ageMillis() {
        OptionalLong linux = linuxAgeMillis(Path.of("/proc"));
        if (linux.isPresent()) {
            return linux.getAsLong();
        }
        long startMillis = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getStartTime());
        return Math.max(0, System.currentTimeMillis() - startMillis);
    }

    /** The process's age from {@code proc/self/stat} and {@code proc/uptime}, or empty where they cannot be read. */
    static OptionalLong linuxAgeMillis(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("self/stat"));
            // The command name in parentheses may hold spaces and parentheses itself: count fields after the last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" +");
            long startTicks = Long.parseLong(fields[19]); // field 22, starttime; fields[0] is field 3
            String uptime = Files.readString(proc.resolve("uptime")).trim();
            double uptimeSeconds = Double.parseDouble(uptime.split(" +")[0]);
            long age = Math.round(uptimeSeconds * 1000) - startTicks * 1000 / USER_HZ;
            return age >= 0 ? OptionalLong.of(age) : OptionalLong.empty();
        } catch (IOException | RuntimeException unavailable) {
            return OptionalLong.empty();
        }
    }
}
