package io.accountsdesk.sandbox.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.SandboxOptions;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.SeedShapes;
import io.accountsdesk.sandbox.support.TestSandboxes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writable sandbox for one test class, with an access token for every sub-account.
 *
 * <p>The settings routes take a token issued for the account in the path. The fixture gets one as a partner does:
 * {@code POST /accounts/{partner_id}/auth/exchange_token} with the sub-account's id (row 7). On the partner's own id
 * it uses the partner's own token, which is the one a client has for that account.
 *
 * <p>It also takes the organization number away from one account ({@link #withoutOrganizationNumber}) with that
 * account's {@code PUT /accounts/{aid}/management/settings} ({@code null} clears a field), so the "requires
 * organization_number" rule can be seen. Everything the tests do is plain HTTP; the fixture neither opens the
 * database nor signs tokens.
 */
final class ConnectionFixture implements AutoCloseable {

    /** Enough accounts that every test can take fresh ones; generating them takes milliseconds. */
    static final int ACCOUNTS = 60;
    /** A well-formed account id that no sandbox account has. */
    static final String MISSING_ACCOUNT = "T99999999";

    final Path dir;
    private final SandboxOptions options;
    final Api api;
    final String partnerToken;
    final String withoutOrganizationNumber;
    private Sandbox sandbox;
    private final Map<String, String> tokens = new HashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final List<JsonNode> initial;

    private ConnectionFixture(Path dir, SandboxOptions options, Sandbox sandbox) {
        this.dir = dir;
        this.options = options;
        this.sandbox = sandbox;
        this.api = TestSandboxes.api(sandbox);
        this.partnerToken = api.token();
        // Only taken accounts ever change, so the list read once still describes every account not taken yet.
        this.initial = api.listAll(partnerToken, "", 100);
        this.withoutOrganizationNumber = initial.stream().map(a -> a.get("account_id").asText())
                .max(Comparator.naturalOrder()).orElseThrow();
        taken.add(withoutOrganizationNumber);
        Api.Reply cleared = api.put("/accounts/" + withoutOrganizationNumber + "/management/settings",
                token(withoutOrganizationNumber), "{\"company\":{\"organization_number\":null}}");
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json().path("company").path("organization_number").isNull()).as(cleared.body()).isTrue();
    }

    static ConnectionFixture start(String name) {
        return start(name, ACCOUNTS);
    }

    static ConnectionFixture start(String name, int accounts) {
        Path dir = TestSandboxes.tempDir(name);
        SandboxOptions options = SandboxOptions.defaults().withDataDir(dir).withAccounts(accounts);
        return new ConnectionFixture(dir, options, Sandbox.start(options.withReset(true)));
    }

    /** Stops and starts the sandbox on the same data, as a user restarting the app would. */
    void restart() {
        int port = sandbox.port();
        sandbox.close();
        sandbox = Sandbox.start(options.withPort(port));
    }

    String partnerId() {
        return api.partnerId();
    }

    /** The partner's API client, whose tokens the fixture uses. */
    String clientId() {
        return sandbox.credentials().clientId();
    }

    /**
     * A token for {@code accountId}: the partner's own for the partner's id, else the exchange token of the
     * sub-account (asked for once, then reused; it outlives a {@link #restart}, as the signing key does).
     */
    synchronized String token(String accountId) {
        if (accountId.equals(partnerId())) {
            return partnerToken;
        }
        return tokens.computeIfAbsent(accountId, this::exchange);
    }

    private String exchange(String accountId) {
        Api.Reply reply = api.post("/accounts/" + partnerId() + "/auth/exchange_token", partnerToken,
                Map.of("account_id", accountId));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("access_token").asText();
    }

    /**
     * A fresh account the partner deleted after getting a token for it: the token still verifies, but it names an
     * account that no longer exists, which is how a real client ends up on a route of a missing account (it cannot
     * get a token for an id that never existed: exchange_token answers 403).
     */
    synchronized String deletedAccount() {
        String aid = freshAccount(a -> true);
        token(aid);
        Api.Reply deleted = api.delete(api.accountsPath() + "/" + aid, partnerToken);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        return aid;
    }

    /** The account as the partner's GET shows it. */
    JsonNode account(String accountId) {
        Api.Reply reply = api.get(api.accountsPath() + "/" + accountId, partnerToken);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** An account no other test of this class has taken, which has none of these connections. */
    synchronized String freshAccount(String... withoutConnections) {
        return freshAccount(account -> {
            for (String key : withoutConnections) {
                if (account.path("connections").has(key)) {
                    return false;
                }
            }
            return true;
        });
    }

    synchronized String freshAccount(Predicate<JsonNode> fits) {
        for (JsonNode account : initial) {
            String id = account.get("account_id").asText();
            if (!taken.contains(id) && fits.test(account)) {
                taken.add(id);
                return id;
            }
        }
        throw new AssertionError("No fresh account left that fits; start the fixture with more accounts");
    }

    static String settings(String aid, String suffix) {
        return "/accounts/" + aid + "/management/settings/connections/" + suffix;
    }

    Api.Reply post(String aid, String suffix, Object body) {
        return api.post(settings(aid, suffix), token(aid), body);
    }

    Api.Reply put(String aid, String suffix, Object body) {
        return api.put(settings(aid, suffix), token(aid), body);
    }

    Api.Reply get(String aid, String suffix) {
        return api.get(settings(aid, suffix), token(aid));
    }

    Api.Reply decide(String aid, String connection, String status) {
        return api.post("/_sandbox/accounts/" + aid + "/connections/" + connection + "/decide", null,
                "{\"status\":\"" + status + "\"}");
    }

    /** The sandbox's back-dating control; {@code body} as given (a string is sent as is). */
    Api.Reply backdate(String aid, String connection, Object body) {
        return api.post("/_sandbox/accounts/" + aid + "/connections/" + connection + "/backdate", null, body);
    }

    Api.Reply event(String aid, String connection, Object body) {
        return api.post(api.accountsPath() + "/" + aid + "/connections/" + connection + "/events", partnerToken, body);
    }

    /** A seed example body (spec/api/examples), as an object the test may change. */
    static ObjectNode example(String file) {
        return (ObjectNode) SeedShapes.json(file);
    }

    /** The fields an error body names, as "location:field". */
    static List<String> fields(JsonNode error) {
        List<String> fields = new ArrayList<>();
        for (JsonNode e : error.get("errors")) {
            assertThat(e.get("message").asText()).isNotBlank();
            fields.add(e.get("location").asText() + ":" + e.get("field").asText());
        }
        return fields;
    }

    @Override
    public void close() {
        sandbox.close();
        TestSandboxes.delete(dir);
    }
}
