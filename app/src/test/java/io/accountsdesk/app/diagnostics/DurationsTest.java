package io.accountsdesk.app.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The figures a stall line prints: the longest, the 99th percentile by nearest rank, and how many passed 50 ms. */
class DurationsTest {

    private static Durations millis(long... values) {
        Durations durations = new Durations();
        for (long value : values) {
            durations.add(value * 1_000_000L);
        }
        return durations;
    }

    @Test
    void summarisesWhatItWasGiven() {
        Durations hundred = new Durations();
        for (int i = 100; i >= 1; i--) {
            hundred.add(i * 1_000_000L); // 1..100 ms, out of order; more than the first array holds
        }
        for (int i = 0; i < 200; i++) {
            hundred.add(0);
        }
        assertThat(hundred.count()).isEqualTo(300);
        assertThat(hundred.maxMillis()).isEqualTo(100.0);
        assertThat(hundred.percentileMillis(99)).isEqualTo(97.0); // rank 297 of 300
        assertThat(hundred.over(50)).isEqualTo(50);
        assertThat(hundred.describe("fx")).isEqualTo("fx_n=300 fx_max_ms=100.0 fx_p99_ms=97.0 fx_over50=50");
    }

    @Test
    void aSingleStallIsTheMaxAndNothingIsZero() {
        assertThat(millis(3, 80, 4).maxMillis()).isEqualTo(80.0);
        assertThat(millis(3, 80, 4).over(50)).isEqualTo(1);
        assertThat(new Durations().describe("pulse")).isEqualTo("pulse_n=0 pulse_max_ms=0.0 pulse_p99_ms=0.0"
                + " pulse_over50=0");
    }

    @Test
    void aStallIsPlacedInOurOwnCodeWhereThereIsSome() {
        StackTraceElement[] stack = {
            new StackTraceElement("javafx.scene.Parent", "layout", "Parent.java", 10),
            new StackTraceElement("io.accountsdesk.app.accounts.AccountListViewModel", "append", "A.java", 240),
            new StackTraceElement("io.accountsdesk.app.diagnostics.BenchDriver", "run", "B.java", 1),
        };
        assertThat(FxStallMonitor.where(stack)).isEqualTo("app.accounts.AccountListViewModel.append:240"
                + " [top Parent.layout]");
        assertThat(FxStallMonitor.where(new StackTraceElement[] {stack[0]})).isEqualTo("Parent.layout<-<-");
    }
}
