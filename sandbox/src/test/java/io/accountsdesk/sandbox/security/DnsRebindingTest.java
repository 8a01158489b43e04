package io.accountsdesk.sandbox.security;

import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import io.accountsdesk.sandbox.users.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A web page in the user's browser must not drive the loopback sandbox. Through DNS rebinding the page's own name
 * points at 127.0.0.1 and the browser sends that name as {@code Host}: 421 {@code misdirected_request}. A page that
 * posts straight to {@code http://127.0.0.1:PORT} gets a browser-sent {@code Origin} of its own: 403
 * {@code forbidden_origin}. Programs (no {@code Origin}, a loopback {@code Host}) and the sandbox's own OIDC page,
 * which the browser opens at a loopback name and which posts back with that origin, still work.
 *
 * <p>Seen to fail: with the {@code LoopbackGuard} call taken out of {@code SandboxServer.serve}, a request naming
 * {@code evil.example} as its {@code Host} got the account list (200), and one from {@code https://evil.example}
 * read the outbox of sign-in codes (200).
 */
class DnsRebindingTest {

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("attack-rebinding", o -> o.withAccounts(3));

    private static int port() {
        return OWN.sandbox().port();
    }

    private static RawHttp.Reply get(String path, String headers) {
        return RawHttp.exchange(OWN.sandbox().address(), "GET /v1" + path + " HTTP/1.1\r\n" + headers, null);
    }

    private static RawHttp.Reply post(String path, String headers, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return RawHttp.exchange(OWN.sandbox().address(), "POST /v1" + path + " HTTP/1.1\r\n" + headers
                + "Content-Type: " + contentType + "\r\nContent-Length: " + bytes.length + "\r\n", body);
    }

    private static String host(String value) {
        return "Host: " + value + "\r\n";
    }

    private static String ownHost() {
        return host("127.0.0.1:" + port());
    }

    @Test
    void aHostThatIsNotALoopbackNameWithTheSandboxsPortIs421() {
        String accounts = OWN.api().accountsPath();
        for (String foreign : List.of("evil.example:" + port(), "evil.example", "127.0.0.1", "127.0.0.1:" + (port() + 1),
                "localhost:" + (port() + 1), "127.0.0.1.nip.io:" + port(), "localhost.evil.example:" + port(),
                "0.0.0.0:" + port(), "127.0.0.2:" + port(), "[::ffff:127.0.0.1]:" + port(), "")) {
            RawHttp.Reply reply = get(accounts, host(foreign) + "Authorization: Bearer " + OWN.token() + "\r\n");
            assertThat(reply.status()).as("Host: %s -> %s", foreign, reply.body()).isEqualTo(421);
            assertThat(reply.json().at("/error/code").asText()).isEqualTo("misdirected_request");
            assertThat(reply.json().at("/error/errors/0/field").asText()).isEqualTo("Host");
        }
        RawHttp.Reply none = RawHttp.exchange(OWN.sandbox().address(), "GET /v1" + accounts + " HTTP/1.0\r\n", null);
        assertThat(none.status()).as("no Host at all").isEqualTo(421);
        RawHttp.Reply twice = get(accounts, ownHost() + host("evil.example:" + port()));
        assertThat(twice.status()).as("two Host headers").isIn(400, 421);
    }

    @Test
    void theLoopbackNamesWithTheSandboxsPortAreServed() {
        String accounts = OWN.api().accountsPath() + "?limit=1";
        for (String own : List.of("127.0.0.1:" + port(), "localhost:" + port(), "LocalHost:" + port(), "[::1]:" + port())) {
            RawHttp.Reply reply = get(accounts, host(own) + "Authorization: Bearer " + OWN.token() + "\r\n");
            assertThat(reply.status()).as("Host: %s -> %s", own, reply.body()).isEqualTo(200);
        }
    }

    @Test
    void anOriginOtherThanTheSandboxsOwnIs403EvenWithAValidToken() {
        String auth = "Authorization: Bearer " + OWN.token() + "\r\n";
        for (String origin : List.of("https://evil.example", "http://evil.example:" + port(), "null",
                "http://127.0.0.1:" + (port() + 1), "https://127.0.0.1:" + port(), "http://127.0.0.1.evil.example:" + port())) {
            String headers = ownHost() + "Origin: " + origin + "\r\n";
            RawHttp.Reply outbox = get("/_sandbox/outbox", headers);
            assertThat(outbox.status()).as("Origin: %s on the outbox -> %s", origin, outbox.body()).isEqualTo(403);
            assertThat(outbox.json().at("/error/code").asText()).isEqualTo("forbidden_origin");
            RawHttp.Reply list = get(OWN.api().accountsPath(), headers + auth);
            assertThat(list.status()).as("Origin: %s with a token", origin).isEqualTo(403);
            RawHttp.Reply create = post(OWN.api().accountsPath(), headers + auth, "application/json", "{}");
            assertThat(create.status()).as("Origin: %s creating an account", origin).isEqualTo(403);
            RawHttp.Reply form = post("/_sandbox/oidc/authorize", headers, "application/x-www-form-urlencoded",
                    "decision=deny");
            assertThat(form.status()).as("Origin: %s posting the sign-in page", origin).isEqualTo(403);
        }
    }

    @Test
    void theSandboxsOwnSignInPageStillWorksInABrowserAtEachLoopbackName() {
        Sandbox sandbox = OWN.sandbox();
        String callback = "http://127.0.0.1:53682/callback";
        String query = "response_type=code&client_id=" + enc(sandbox.credentials().clientId())
                + "&redirect_uri=" + enc(callback) + "&state=s1"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGUlVG4F0k&code_challenge_method=S256"
                + "&account_id=" + sandbox.credentials().partnerId();
        for (String name : List.of("127.0.0.1", "localhost")) {
            String origin = "http://" + name + ":" + port();
            RawHttp.Reply page = get("/_sandbox/oidc/authorize?" + query, host(name + ":" + port())
                    + "Sec-Fetch-Site: none\r\n");
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            Matcher user = Pattern.compile("value=\"([^\"]+)\"(?: checked)?> " + Pattern.quote(DemoUsers.TRAINEE) + " ")
                    .matcher(page.body());
            assertThat(user.find()).as(page.body()).isTrue();
            RawHttp.Reply back = post("/_sandbox/oidc/authorize", host(name + ":" + port()) + "Origin: " + origin + "\r\n",
                    "application/x-www-form-urlencoded", query + "&user_id=" + enc(user.group(1)) + "&decision=allow");
            assertThat(back.status()).as(back.body()).isEqualTo(302);
            assertThat(back.headers().get("location")).startsWith(callback + "?").contains("code=");
        }
    }

    @Test
    void programsThatSendNoOriginAreServedAsBefore() {
        Api api = OWN.api();
        assertThat(api.get(api.accountsPath() + "?limit=1", OWN.token()).status()).isEqualTo(200);
        assertThat(api.get("/_sandbox/outbox", null).status()).isEqualTo(200);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
