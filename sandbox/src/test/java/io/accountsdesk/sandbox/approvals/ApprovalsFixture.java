package io.accountsdesk.sandbox.approvals;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.RSAKey;
import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.SandboxOptions;
import io.accountsdesk.sandbox.auth.SigningKeys;
import io.accountsdesk.sandbox.auth.TokenService;
import io.accountsdesk.sandbox.store.SandboxDatabase;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.TestSandboxes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writable sandbox for one approvals test class, and access tokens for its sub-accounts.
 *
 * <p>Approvals live under {@code /accounts/{aid}}, and a token only opens its own account, so a test needs a token
 * issued for a sub-account: the partner's {@code POST /accounts/{partner}/auth/exchange_token}, as a real partner
 * does it. A test-mode sandbox has no production (P) accounts, so for those alone the fixture signs a token with the
 * sandbox's own key, read from the database between a first start (which generates the data and the key) and the
 * start the tests use; that is how the test-mode-only rules are shown not to apply to production.
 */
final class ApprovalsFixture implements AutoCloseable {

    final Sandbox sandbox;
    final Api api;
    final String partnerToken;
    private final Path dir;
    private final SandboxOptions options;
    private final TokenService minter;
    private final Map<String, String> tokens = new HashMap<>();

    private ApprovalsFixture(Path dir, SandboxOptions options, Sandbox sandbox, TokenService minter) {
        this.dir = dir;
        this.options = options;
        this.sandbox = sandbox;
        this.minter = minter;
        this.api = TestSandboxes.api(sandbox);
        this.partnerToken = api.token();
    }

    static ApprovalsFixture start(String name) {
        Path dir = TestSandboxes.tempDir(name);
        SandboxOptions options = TestSandboxes.ownOptions(dir);
        Sandbox.start(options.withReset(true)).close();
        RSAKey key;
        try (SandboxDatabase db = SandboxDatabase.open(dir, 2)) {
            key = SigningKeys.loadOrCreate(db);
        }
        return new ApprovalsFixture(dir, options, Sandbox.start(options), new TokenService(key, Duration.ofHours(1),
                Clock.systemUTC()));
    }

    /** The same data directory served again, as after a restart of the app. */
    ApprovalsFixture restart() {
        sandbox.close();
        return new ApprovalsFixture(dir, options, Sandbox.start(options), minter);
    }

    String tokenFor(String aid) {
        return tokens.computeIfAbsent(aid, this::issue);
    }

    private String issue(String aid) {
        String partner = api.partnerId();
        Api.Reply exchanged = api.post("/accounts/" + partner + "/auth/exchange_token", partnerToken,
                Map.of("account_id", aid));
        if (!aid.startsWith("P")) {
            assertThat(exchanged.status()).as(exchanged.body()).isEqualTo(200);
            return exchanged.json().get("access_token").asText();
        }
        return minter.issue(api.baseUrl() + "/accounts/" + partner, sandbox.credentials().clientId(),
                api.baseUrl() + "/accounts/" + aid, aid).accessToken();
    }

    /** The sub-accounts, newest first. */
    List<JsonNode> accounts() {
        Api.Reply reply = api.get(api.accountsPath() + "?limit=100", partnerToken);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> all = new ArrayList<>();
        reply.json().forEach(all::add);
        return all;
    }

    /** The sub-accounts' ids, newest first. */
    List<String> accountIds() {
        return accounts().stream().map(a -> a.get("account_id").asText()).toList();
    }

    /** The ids in a 200 list answer, in their order, from its array {@code field}. */
    static List<String> ids(Api.Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().get(field).forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    JsonNode account(String aid) {
        Api.Reply reply = api.get(api.accountsPath() + "/" + aid, partnerToken);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    Api.Reply get(String aid, String path) {
        return api.get(base(aid) + path, tokenFor(aid));
    }

    Api.Reply post(String aid, String path, Object body) {
        return api.post(base(aid) + path, tokenFor(aid), body);
    }

    Api.Reply delete(String aid, String path) {
        return api.delete(base(aid) + path, tokenFor(aid));
    }

    static String base(String aid) {
        return "/accounts/" + aid + "/management/settings";
    }

    @Override
    public void close() {
        sandbox.close();
        TestSandboxes.delete(dir);
    }
}
