package io.accountsdesk.client.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.SandboxFixture;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.auth.TokenResponse;
import io.accountsdesk.client.contract.SpecFiles;
import io.accountsdesk.client.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures for docs/benchmarks.md, not assertions about speed: {@code mvn -B -pl api-client verify -Pbench}.
 *
 * <ul>
 *   <li>Reading the seed's account-list example repeated to 10,000 accounts into the typed models, next to Jackson
 *       reading the same bytes into a plain tree.</li>
 *   <li>1,000 sequential keep-alive GETs of one account from the sandbox over loopback through the client, next to a
 *       bare OkHttp call sending the same request with the same token and reading the body; the difference is the
 *       client's own cost per call (path checks, auth, logging, error mapping, reading into records).</li>
 * </ul>
 */
@Tag("bench")
class ClientBenchTest {

    private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 10_000);
    private static final int CALLS = Integer.getInteger("bench.calls", 1_000);

    @Test
    void readingTenThousandAccounts() throws IOException {
        byte[] body = repeatedAccountList(ACCOUNTS);
        ObjectMapper mapper = Json.newMapper();
        TypeReference<List<Account>> accounts = new TypeReference<>() {
        };
        for (int warm = 0; warm < 2; warm++) {
            assertThat(mapper.readValue(body, accounts)).hasSize(ACCOUNTS);
            mapper.readTree(body);
        }
        long[] typed = new long[5];
        long[] tree = new long[5];
        for (int run = 0; run < typed.length; run++) {
            typed[run] = time(() -> readTyped(mapper, body, accounts).size());
            tree[run] = time(() -> readTree(mapper, body).size());
        }
        System.out.printf("BENCH read %,d accounts (%,d MB of JSON): typed median %d ms (%,.0f accounts/s); "
                        + "JsonNode tree median %d ms%n", ACCOUNTS, body.length / 1_000_000, median(typed) / 1_000_000,
                ACCOUNTS / (median(typed) / 1e9), median(tree) / 1_000_000);
    }

    @Test
    void sequentialKeepAliveGets(@TempDir Path dir) throws IOException {
        try (SandboxFixture fixture = SandboxFixture.start(dir, 50); ApiClient client = fixture.client()) {
            String accountId = client.accounts().list(AccountQuery.all(), null).items().get(0).accountId();
            TokenResponse token = client.auth().clientCredentialsToken(fixture.sandbox().credentials().partnerId());
            OkHttpClient bare = new OkHttpClient();
            Request request = new Request.Builder()
                    .url(fixture.sandbox().baseUrl() + "/accounts/" + fixture.sandbox().credentials().partnerId()
                            + "/management/accounts/" + accountId)
                    .header("Authorization", "Bearer " + token.accessToken())
                    .header("Accept", "application/json")
                    .build();
            LongSupplier bareCall = () -> {
                try (Response response = bare.newCall(request).execute()) {
                    return response.body().string().length();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            };
            LongSupplier clientCall = () -> client.accounts().get(accountId).accountId().length();

            for (int warm = 0; warm < 300; warm++) {
                bareCall.getAsLong();
                clientCall.getAsLong();
            }
            // Alternate blocks so drift (GC, JIT, the database's cache) hits both sides alike.
            long[] bareTimes = new long[CALLS];
            long[] clientTimes = new long[CALLS];
            for (int block = 0; block < CALLS; block += 100) {
                for (int i = block; i < Math.min(CALLS, block + 100); i++) {
                    bareTimes[i] = time(bareCall);
                }
                for (int i = block; i < Math.min(CALLS, block + 100); i++) {
                    clientTimes[i] = time(clientCall);
                }
            }
            bare.dispatcher().executorService().shutdown();
            bare.connectionPool().evictAll();
            System.out.printf("BENCH %,d sequential GET account: bare OkHttp p50 %.2f ms p95 %.2f ms mean %.2f ms; "
                            + "client p50 %.2f ms p95 %.2f ms mean %.2f ms; client overhead p50 %.2f ms%n",
                    CALLS, ms(percentile(bareTimes, 50)), ms(percentile(bareTimes, 95)), ms(mean(bareTimes)),
                    ms(percentile(clientTimes, 50)), ms(percentile(clientTimes, 95)), ms(mean(clientTimes)),
                    ms(percentile(clientTimes, 50) - percentile(bareTimes, 50)));
            assertThat(percentile(clientTimes, 50)).isPositive();
        }
    }

    private static byte[] repeatedAccountList(int count) throws IOException {
        JsonNode example = Json.newMapper().readTree(Files.readString(SpecFiles.example("L00829.json")));
        byte[] one = Json.newMapper().writeValueAsBytes(example.get(0));
        ByteArrayOutputStream out = new ByteArrayOutputStream(one.length * count + count + 2);
        out.write('[');
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(one);
        }
        out.write(']');
        return out.toByteArray();
    }

    private static List<Account> readTyped(ObjectMapper mapper, byte[] body, TypeReference<List<Account>> type) {
        try {
            return mapper.readValue(body, type);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readTree(ObjectMapper mapper, byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long time(LongSupplier work) {
        long started = System.nanoTime();
        long result = work.getAsLong();
        long elapsed = System.nanoTime() - started;
        if (result < 0) {
            throw new IllegalStateException("unreachable; keeps the result alive");
        }
        return elapsed;
    }

    private static long median(long[] values) {
        return percentile(values, 50);
    }

    private static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static long mean(long[] values) {
        return (long) Arrays.stream(values).average().orElse(0);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
