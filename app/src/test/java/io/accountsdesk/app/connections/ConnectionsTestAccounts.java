package io.accountsdesk.app.connections;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.client.accounts.Account;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Fresh sub-accounts with no connections, a stand-in for the account page, and the sandbox's provider controls. */
final class ConnectionsTestAccounts {

    private ConnectionsTestAccounts() {
    }

    static Account fresh(SharedSandbox sandbox, String name) {
        return io.accountsdesk.app.TestAccounts.fresh(sandbox, name);
    }

    /** The sandbox plays the provider: it decides a pending signup (sandbox-only route). */
    static void decide(SharedSandbox sandbox, String aid, String connection, String status) throws Exception {
        post(sandbox, "/_sandbox/accounts/" + aid + "/connections/" + connection + "/decide",
                "{\"status\":\"" + status + "\",\"description\":\"decided by the test\"}");
    }

    /** Moves a connection's whole history back (sandbox-only route). */
    static void backdate(SharedSandbox sandbox, String aid, String connection, int days) throws Exception {
        post(sandbox, "/_sandbox/accounts/" + aid + "/connections/" + connection + "/backdate",
                "{\"days\":" + days + "}");
    }

    private static void post(SharedSandbox sandbox, String path, String body) throws Exception {
        String base = sandbox.session().baseUrl().replaceAll("/+$", "");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    }
}
