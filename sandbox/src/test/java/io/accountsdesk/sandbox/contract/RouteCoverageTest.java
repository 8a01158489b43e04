package io.accountsdesk.sandbox.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.SpecFiles;
import io.accountsdesk.sandbox.support.TestSandboxes;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every row of {@code endpoints.tsv} is served with its method and path: sent without a token, a protected route
 * answers 401 and an open one answers for itself, but none says "no operation" (404) or "wrong method" (405).
 */
class RouteCoverageTest {

    private final Api api = TestSandboxes.api(TestSandboxes.shared());

    @Test
    void everyEndpointsTsvRowIsRouted() throws IOException {
        List<String> lines = Files.readAllLines(SpecFiles.api("endpoints.tsv"));
        List<String> missing = new ArrayList<>();
        int rows = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            rows++;
            String[] cells = line.split("\t");
            String method = cells[2];
            String path = concrete(cells[3]);
            Api.Reply reply = api.send(method, path, null, method.equals("GET") || method.equals("DELETE") ? null : "{}");
            boolean unrouted = reply.status() == 405
                    || reply.status() == 404 && reply.body().contains("No operation at");
            if (unrouted) {
                missing.add("#" + cells[0] + " " + method + " " + cells[3] + " -> " + reply.status());
            }
        }
        assertThat(rows).isEqualTo(121);
        assertThat(missing).as("rows the sandbox does not route").isEmpty();
    }

    @Test
    void anUnknownPathIs404AndAWrongMethodIs405WithTheErrorBody() {
        Api.Reply unknown = api.get("/accounts/T12300000/no-such-thing", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/error/message").asText()).contains("No operation");

        Api.Reply wrongMethod = api.send("PATCH", "/accounts/T12300000/management/accounts", null, "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).contains("GET");
        assertThat(wrongMethod.json().at("/error/code").asText()).isEqualTo("method_not_allowed");
    }

    /** The template with a value that passes each parameter's rule, so routing (not validation) is what is tested. */
    private static String concrete(String template) {
        return template
                .replace("{oid}", "T12300000")
                .replace("{aid}", "T12345678")
                .replace("{partner_id}", "T12300000")
                .replace("{irn}", "1")
                .replace("{connection}", "vipps")
                .replace("{payment_product_type}", "payex.creditcard")
                .replaceAll("\\{[a-z_]+}", "3fa85f64-5717-4562-b3fc-2c963f66afa6");
    }
}
