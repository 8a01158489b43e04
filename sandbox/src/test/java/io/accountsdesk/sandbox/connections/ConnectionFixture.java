package io.accountsdesk.sandbox.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.SandboxOptions;
import io.accountsdesk.sandbox.accounts.AccountRepository;
import io.accountsdesk.sandbox.auth.SigningKeys;
import io.accountsdesk.sandbox.auth.TokenService;
import io.accountsdesk.sandbox.store.DocumentStore;
import io.accountsdesk.sandbox.store.SandboxDatabase;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.SeedShapes;
import io.accountsdesk.sandbox.support.TestSandboxes;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writable sandbox for one test class, with an access token for every sub-account.
 *
 * <p>The settings routes take a token issued for the account in the path. Issuing one for a sub-account is
 * {@code POST /accounts/{partner_id}/auth/exchange_token} (row 7), which belongs to another group of routes; so the
 * fixture signs tokens with the sandbox's own key while the sandbox is stopped, then starts it again on the same
 * data. Everything else the tests do is plain HTTP.
 *
 * <p>It also takes the organization number away from one account ({@link #withoutOrganizationNumber}), the only way
 * to see the "requires organization_number" rule without the settings routes of another group.
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
    private final Map<String, String> tokens;
    private final Set<String> taken = new HashSet<>();
    private List<JsonNode> initial;

    private ConnectionFixture(Path dir, SandboxOptions options, Sandbox sandbox, Map<String, String> tokens,
                              String withoutOrganizationNumber) {
        this.dir = dir;
        this.options = options;
        this.sandbox = sandbox;
        this.api = TestSandboxes.api(sandbox);
        this.partnerToken = api.token();
        this.tokens = tokens;
        this.withoutOrganizationNumber = withoutOrganizationNumber;
        taken.add(withoutOrganizationNumber);
    }

    static ConnectionFixture start(String name) {
        return start(name, ACCOUNTS);
    }

    static ConnectionFixture start(String name, int accounts) {
        Path dir = TestSandboxes.tempDir(name);
        SandboxOptions options = SandboxOptions.defaults().withDataDir(dir).withAccounts(accounts);
        List<String> ids = new ArrayList<>();
        String partnerId;
        String clientId;
        try (Sandbox first = Sandbox.start(options.withReset(true))) {
            partnerId = first.credentials().partnerId();
            clientId = first.credentials().clientId();
        }
        Map<String, String> tokens = new LinkedHashMap<>();
        String stripped;
        try (SandboxDatabase db = SandboxDatabase.open(dir, 2)) {
            TokenService service = new TokenService(SigningKeys.loadOrCreate(db), Duration.ofHours(2), Clock.systemUTC());
            DocumentStore store = new DocumentStore(db);
            stripped = store.inTransaction(tx -> {
                try (var ps = tx.connection().prepareStatement(
                        "SELECT account_id FROM accounts WHERE partner_id = ? ORDER BY account_id")) {
                    ps.setString(1, partnerId);
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getString(1));
                        }
                    }
                    String last = ids.get(ids.size() - 1);
                    ObjectNode doc = AccountRepository.document(tx.connection(), partnerId, last).orElseThrow();
                    ((ObjectNode) doc.get("company")).remove("organization_number");
                    AccountRepository.replace(tx.connection(), AccountRepository.recordOf(partnerId, doc));
                    return last;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            for (String id : ids) {
                tokens.put(id, service.issue("fixture", clientId, "fixture", id).accessToken());
            }
            tokens.put(MISSING_ACCOUNT, service.issue("fixture", clientId, "fixture", MISSING_ACCOUNT).accessToken());
            tokens.put(partnerId, service.issue("fixture", clientId, "fixture", partnerId).accessToken());
        }
        return new ConnectionFixture(dir, options, Sandbox.start(options), tokens, stripped);
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

    String token(String accountId) {
        return tokens.get(accountId);
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
        // Only taken accounts ever change, so the list read once still describes every account not taken yet.
        if (initial == null) {
            initial = api.listAll(partnerToken, "", 100);
        }
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

    Api.Reply event(String aid, String connection, Object body) {
        return api.post(api.accountsPath() + "/" + aid + "/connections/" + connection + "/events", partnerToken, body);
    }

    /** A seed example body (shared/api/examples), as an object the test may change. */
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
