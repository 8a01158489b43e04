package io.accountsdesk.sandbox.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.SeedShapes;
import io.accountsdesk.sandbox.support.SeedShapes.Example;
import io.accountsdesk.sandbox.support.SpecFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.accountsdesk.sandbox.connections.ConnectionFixture.example;
import static io.accountsdesk.sandbox.support.SeedShapes.keys;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's response examples of every connection operation (examples.tsv), against what the sandbox answers in a
 * state where the operation succeeds: the answer carries at least the example's top-level keys (and, for a
 * connection, the keys of its events). Plus: every endpoints.tsv row of the group is routed.
 *
 * <p>examples.tsv guesses each example's role. The Vipps signup (rows 72/73 and their repeats 115/116) takes no body,
 * so its one example, guessed "request", is really the response, and is checked as one.
 */
class ConnectionSeedShapeTest {

    /** endpoints.tsv rows of this group: 33, 42-78 and the repeat listing 104-117. */
    static final Set<Integer> ROWS = new TreeSet<>();

    static {
        ROWS.add(33);
        IntStream.rangeClosed(42, 78).forEach(ROWS::add);
        IntStream.rangeClosed(104, 117).forEach(ROWS::add);
    }

    /** Rows whose example guessed "request" is a response (the operation has no body). */
    static final Set<Integer> RESPONSE_ONLY = Set.of(72, 73, 115, 116);

    private static ConnectionFixture fx;

    @BeforeAll
    static void start() {
        fx = ConnectionFixture.start("connections-shape", 120);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    static List<String[]> tsv(Path file) {
        try {
            List<String[]> rows = new ArrayList<>();
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Example> responseExamples() {
        return SeedShapes.examples().stream()
                .filter(e -> ROWS.contains(e.op()))
                .filter(e -> !e.role().equals("request") || RESPONSE_ONLY.contains(e.op()));
    }

    @ParameterizedTest
    @MethodSource("responseExamples")
    void theAnswerCarriesTheExamplesKeys(Example example) {
        JsonNode expected = example(example.file());
        Api.Reply reply = answer(example.op());
        JsonNode actual = reply.json();
        if (example.role().equals("error")) {
            assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
            assertThat(keys(actual)).containsAll(keys(expected));
            assertThat(keys(actual.get("error"))).containsAll(keys(expected.get("error")));
            return;
        }
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(keys(actual)).as(reply.body()).containsAll(keys(expected));
        if (expected.has("events")) {
            assertThat(keys(actual.get("events").get(0))).containsAll(keys(expected.get("events").get(0)));
        }
    }

    @Test
    void everyRowOfTheGroupIsRouted() {
        List<String[]> rows = tsv(SpecFiles.api("endpoints.tsv"));
        int checked = 0;
        String aid = fx.freshAccount(a -> true);
        for (String[] row : rows) {
            if (!ROWS.contains(Integer.parseInt(row[0]))) {
                continue;
            }
            String path = row[3].replace("{oid}", fx.partnerId()).replace("{aid}", aid)
                    .replace("{connection}", "vipps").replace("{payment_product_type}", "payex.creditcard")
                    .replace("{callback_reference}", "ref");
            String token = row[3].startsWith("/accounts/{oid}") ? fx.partnerToken : fx.token(aid);
            Api.Reply reply = fx.api.send(row[2], path, token, "{}");
            assertThat(reply.status()).as(row[0] + " " + row[2] + " " + path + " → " + reply.body()).isNotEqualTo(405);
            assertThat(reply.json().path("error").path("message").asText())
                    .as(row[0] + " " + row[2] + " " + path).doesNotStartWith("No operation at");
            checked++;
        }
        assertThat(checked).isEqualTo(ROWS.size());
    }

    @Test
    void everyResponseExampleOfTheGroupIsChecked() {
        assertThat(responseExamples().map(Example::op).distinct().count())
                .as("rows with a response example").isGreaterThanOrEqualTo(45);
    }

    private static Api.Reply ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }

    /** Puts a fresh account where operation {@code row} succeeds, and performs it. */
    private static Api.Reply answer(int row) {
        return switch (row) {
            case 33 -> {
                String aid = fx.freshAccount("vipps");
                ok(fx.post(aid, "vipps", null));
                yield fx.event(aid, "vipps", example("L06028.json"));
            }
            case 42, 104 -> fx.post(fx.freshAccount("bambora"), "bambora/payfac", example("L08119.json"));
            case 43, 105 -> fx.post(fx.freshAccount("bambora"), "bambora/direct", example("L08243.json"));
            case 44, 46 -> {
                String aid = fx.freshAccount("bambora");
                ok(fx.post(aid, "bambora/payfac", example("L08119.json")));
                yield fx.get(aid, "bambora");
            }
            case 45, 106 -> fx.post(fx.freshAccount("bambora"), "bambora", example("L08480.json"));
            case 47 -> {
                String aid = fx.freshAccount("bambora");
                ok(fx.post(aid, "bambora/direct", example("L08243.json")));
                yield fx.post(aid, "bambora/ref", example("L08757.json"));
            }
            case 48, 107 -> fx.post(fx.freshAccount("collector"), "collector", example("L08777.json"));
            case 49 -> signedUp("collector", "collector", "L08777.json");
            case 50 -> {
                String aid = fx.freshAccount("collector");
                ok(fx.post(aid, "collector", example("L08777.json")));
                ObjectNode body = example("L08893.json").put("country", "NO");
                ((ObjectNode) body.get("stores").get(0)).put("country", "NO");
                yield fx.post(aid, "collector/ref", body);
            }
            case 51, 108 -> fx.post(fx.freshAccount("common"), "common", example("L08919.json"));
            case 52 -> signedUp("common", "common", "L08919.json");
            case 53 -> {
                String aid = fx.freshAccount("common");
                ok(fx.post(aid, "common", example("L08919.json")));
                yield fx.get(aid, "common/link");
            }
            case 54, 109 -> fx.post(fx.freshAccount("instabank"), "instabank", example("L09267.json"));
            case 55 -> signedUp("instabank", "instabank", "L09267.json");
            case 56 -> {
                // The seed's only example for the Instabank callback is its error body.
                String aid = fx.freshAccount("instabank");
                ok(fx.post(aid, "instabank", example("L09267.json")));
                yield fx.post(aid, "instabank/ref", "{}");
            }
            case 57, 110 -> fx.post(fx.freshAccount("klarna"), "klarna", example("L09392.json"));
            case 58 -> signedUp("klarna", "klarna", "L09392.json");
            case 59, 111 -> fx.post(fx.freshAccount("vipps_psp"), "vipps-psp", example("L09501.json"));
            case 60 -> signedUp("vipps_psp", "vipps-psp", "L09501.json");
            case 61, 112 -> fx.post(fx.freshAccount("applepay"), "applepay", example("L09593.json"));
            case 62 -> signedUp("applepay", "applepay", "L09593.json");
            case 63, 113 -> fx.post(fx.freshAccount("payex"), "payex/payex.creditcard", example("L09692.json"));
            case 64 -> signedUp("payex", "payex/payex.creditcard", "L09692.json");
            case 65 -> {
                String aid = fx.freshAccount("payex");
                ok(fx.post(aid, "payex/payex.creditcard", example("L09692.json")));
                yield fx.post(aid, "payex/payex.creditcard/ref", example("L09830.json"));
            }
            case 66 -> {
                String aid = fx.freshAccount("payex");
                ok(fx.post(aid, "payex/payex.creditcard", example("L09692.json")));
                yield fx.post(aid, "payex/overrides", example("L09846.json"));
            }
            case 67 -> fx.post(fx.freshAccount(a -> true), "santander/overrides", example("L09862.json"));
            case 68, 114 -> fx.post(fx.freshAccount("swish"), "swish", example("L09879.json"));
            case 69 -> signedUp("swish", "swish", "L09879.json");
            case 70 -> {
                String aid = fx.freshAccount("swish");
                ok(fx.post(aid, "swish", example("L09879.json")));
                yield fx.post(aid, "swish/ref", example("L09989.json"));
            }
            case 71 -> {
                String aid = fx.freshAccount("swish");
                ok(fx.post(aid, "swish", example("L09879.json")));
                yield fx.post(aid, "swish/overrides", example("L10007.json"));
            }
            case 72, 115 -> fx.post(fx.freshAccount("vipps"), "vipps", null);
            case 73, 116 -> {
                String aid = fx.freshAccount("vipps");
                ok(fx.post(aid, "vipps", null));
                yield fx.put(aid, "vipps", null);
            }
            case 74 -> {
                // The seed's example is an enabled connection: its configuration and the signup's callback_at.
                String aid = fx.freshAccount("vipps");
                ok(fx.post(aid, "vipps", null));
                ok(fx.decide(aid, "vipps", "enabled"));
                yield fx.get(aid, "vipps");
            }
            case 75 -> {
                String aid = fx.freshAccount("vipps");
                JsonNode signup = ok(fx.post(aid, "vipps", null)).json();
                ObjectNode body = example("L10163.json").put("signup-id", signup.get("signup").get("id").asText());
                yield fx.post(aid, "vipps/ref", body);
            }
            case 76 -> {
                String aid = fx.freshAccount("vipps");
                ok(fx.post(aid, "vipps", null));
                yield fx.post(aid, "vipps/overrides", example("L10182.json"));
            }
            case 77, 117 -> fx.post(fx.freshAccount("visa_tokens"), "visa-tokens", example("L10196.json"));
            case 78 -> signedUp("visa_tokens", "visa-tokens", "L10196.json");
            default -> throw new AssertionError("No scenario for row " + row);
        };
    }

    private static Api.Reply signedUp(String key, String suffix, String exampleFile) {
        String aid = fx.freshAccount(key);
        ok(fx.post(aid, suffix, example(exampleFile)));
        return fx.get(aid, suffix);
    }
}
