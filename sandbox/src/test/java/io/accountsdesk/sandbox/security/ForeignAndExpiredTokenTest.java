package io.accountsdesk.sandbox.security;

import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import io.accountsdesk.sandbox.support.TestSandboxes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens that are real but wrong, on every protected operation of {@code endpoints.tsv}: a token of another account
 * (another partner's paths, or a sub-account's token on its partner's paths) is 403 {@code forbidden}; a token
 * another sandbox signed (another issuer, another partner) and an expired token are 401 {@code unauthorized} with
 * {@code error="invalid_token"} in the challenge. The seed names no status for these; this is what OAuth's bearer
 * usage (RFC 6750) and Dintero's API answer.
 *
 * <p>Seen to fail: with {@code BearerAuthenticator}'s account comparison removed, the rows of the first two tests
 * answered 200, 400 or 404 instead of 403 and were listed; with {@code GET .../auth/clients} opened, the third
 * listed it.
 */
class ForeignAndExpiredTokenTest {

    /** A partner that is not the sandbox's; its id passes every path rule. */
    private static final String OTHER_PARTNER = "T99900000";

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("attack-tokens", o -> o.withAccounts(3));

    private static List<Endpoints> protectedOperations() {
        return Endpoints.all().stream().filter(op -> !RoutesWithoutTokenTest.OPEN.containsKey(op.seq())).toList();
    }

    @Test
    void thePartnersTokenOnAnotherPartnersPathsIs403OnEveryOperationThatNamesAnAccount() {
        Api api = OWN.api();
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Endpoints op : protectedOperations()) {
            if (op.namesAnAccount()) {
                tried++;
                expect(api.send(op.method(), op.path(OTHER_PARTNER), OWN.token(), op.takesBody() ? "{}" : null),
                        403, "forbidden", op, wrong);
            }
        }
        assertThat(tried).isGreaterThan(100);
        assertThat(wrong).as("operations that let a token act on another partner").isEmpty();
    }

    @Test
    void aSubAccountsTokenOnItsPartnersPathsIs403OnEveryOperationThatNamesAnAccount() {
        Api api = OWN.api();
        String sub = api.get(api.accountsPath() + "?limit=1", OWN.token()).json().get(0).get("account_id").asText();
        Api.Reply exchanged = api.post("/accounts/" + api.partnerId() + "/auth/exchange_token", OWN.token(),
                Map.of("account_id", sub));
        assertThat(exchanged.status()).as(exchanged.body()).isEqualTo(200);
        String subToken = exchanged.json().get("access_token").asText();
        List<String> wrong = new ArrayList<>();
        for (Endpoints op : protectedOperations()) {
            if (op.namesAnAccount()) {
                expect(api.send(op.method(), op.path(api.partnerId()), subToken, op.takesBody() ? "{}" : null),
                        403, "forbidden", op, wrong);
            }
        }
        assertThat(wrong).as("operations that let a sub-account act as its partner").isEmpty();
    }

    @Test
    void anotherSandboxsTokenIs401HereAndOnceExpiredIs401ThereOnEveryProtectedOperation() throws InterruptedException {
        Path dir = TestSandboxes.tempDir("attack-other-partner");
        // Another issuer with another partner (production mode, P12300000), whose tokens live one second.
        try (Sandbox other = Sandbox.start(TestSandboxes.ownOptions(dir).withAccounts(3).withLiveMode(true)
                .withReset(true).withTokenTtl(Duration.ofSeconds(1)))) {
            Api there = TestSandboxes.api(other);
            String foreign = there.token();
            List<String> wrong = new ArrayList<>();
            for (Endpoints op : protectedOperations()) {
                expect(OWN.api().send(op.method(), op.path(there.partnerId()), foreign, op.takesBody() ? "{}" : null),
                        401, "unauthorized", op, wrong);
            }
            assertThat(wrong).as("operations that took another sandbox's token").isEmpty();

            // Poll, not sleep a fixed time: the token must turn invalid within its second plus a margin.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (there.get(there.accountsPath(), foreign).status() == 200 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            for (Endpoints op : protectedOperations()) {
                Api.Reply reply = there.send(op.method(), op.path(there.partnerId()), foreign, op.takesBody() ? "{}" : null);
                expect(reply, 401, "unauthorized", op, wrong);
                if (reply.status() == 401 && !reply.json().at("/error/message").asText().contains("expired")) {
                    wrong.add(op + " does not say the token expired: " + reply.body());
                }
            }
            assertThat(wrong).as("operations that took an expired token").isEmpty();
        } finally {
            TestSandboxes.delete(dir);
        }
    }

    private static void expect(Api.Reply reply, int status, String code, Endpoints op, List<String> wrong) {
        if (reply.status() != status || !reply.json().at("/error/code").asText().equals(code)
                || !reply.json().at("/error/errors").isArray()) {
            wrong.add(op + " -> " + reply.status() + " " + reply.body());
        } else if (status == 401 && !String.valueOf(reply.header("WWW-Authenticate")).contains("invalid_token")) {
            wrong.add(op + " -> 401 without error=\"invalid_token\" in WWW-Authenticate");
        }
    }
}
