package io.accountsdesk.sandbox.bench;

import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.SandboxOptions;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.TestSandboxes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints how long generating the demo data and serving pages take at scale: 100,000 accounts generated in under a
 * minute on two cores, and p50 / p95 / p99 of list, search and filter over loopback (target: p95 under 50 ms for a
 * filtered page of 100). Figures only, no timed assertions. Run with
 * {@code mvn -B -o -pl sandbox -am verify -Pbench -Dtest=GenerationBenchTest -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dbench.accounts=100000]}.
 */
@Tag("bench")
class GenerationBenchTest {

    private static final int SAMPLES = Integer.getInteger("bench.samples", 100);

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    @Test
    void generateAndQuery() throws IOException {
        int accounts = Integer.getInteger("bench.accounts", 100_000);
        Path dir = TestSandboxes.tempDir("bench");
        try {
            long started = System.nanoTime();
            try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withDataDir(dir).withAccounts(accounts).withReset(true))) {
                long generateMs = (System.nanoTime() - started) / 1_000_000;
                System.out.printf("%n[bench] start with generation of %,d accounts: %,d ms (%.0f accounts/s), %d cores%n",
                        accounts, generateMs, accounts * 1000.0 / generateMs, Runtime.getRuntime().availableProcessors());
                Api api = TestSandboxes.api(sandbox);
                String token = api.token();
                String after = api.get(api.accountsPath() + "?limit=100", token).json().get(99).get("account_id").asText();
                for (String query : List.of("limit=100", "limit=100&starting_after=" + after, "search=bakeri&limit=100",
                        "search=no-such-merchant", "connection=klarna&connection=bambora&connection_status=declined&limit=100",
                        "connection=vipps&connection_status=enabled&limit=100",
                        "payment_option=instabank.finance&limit=100", "account_manager=emil.dahl@dintero.com&limit=100")) {
                    for (int warm = 0; warm < 5; warm++) {
                        api.get(api.accountsPath() + "?" + query, token);
                    }
                    double[] ms = new double[SAMPLES];
                    for (int i = 0; i < ms.length; i++) {
                        long t = System.nanoTime();
                        assertThat(api.get(api.accountsPath() + "?" + query, token).status()).isEqualTo(200);
                        ms[i] = (System.nanoTime() - t) / 1e6;
                    }
                    Arrays.sort(ms);
                    System.out.printf("[bench] GET ...?%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d requests)%n", query,
                            percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), ms.length);
                }
            }
            long started2 = System.nanoTime();
            try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withDataDir(dir))) {
                System.out.printf("[bench] restart on the existing %,d accounts: %,d ms%n", sandbox.accountCount(),
                        (System.nanoTime() - started2) / 1_000_000);
            }
            try (Stream<Path> files = Files.walk(dir)) {
                long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
                System.out.printf("[bench] database size: %,d MB%n%n", bytes / (1024 * 1024));
            }
        } finally {
            TestSandboxes.delete(dir);
        }
    }
}
