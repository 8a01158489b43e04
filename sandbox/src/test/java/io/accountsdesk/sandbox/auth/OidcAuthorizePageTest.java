package io.accountsdesk.sandbox.auth;

import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.users.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.accountsdesk.sandbox.auth.SignIn.body;
import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** The stand-in identity provider's page: what a browser sees and sends, and the code it hands back to the app. */
class OidcAuthorizePageTest {

    private static final String CALLBACK = "http://127.0.0.1:53682/callback";
    /** A 43-character Base64url string, the shape of an S256 challenge. */
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGUlVG4F0k";

    private static SignIn s;
    private static String clientId;

    @BeforeAll
    static void start() {
        s = SignIn.start("oidc-authorize");
        clientId = s.sandbox.credentials().clientId();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static Map<String, String> login(String redirectUri, String state) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("response_type", "code");
        params.put("client_id", clientId);
        params.put("redirect_uri", redirectUri);
        params.put("state", state);
        params.put("code_challenge", CHALLENGE);
        params.put("code_challenge_method", "S256");
        params.put("account_id", s.partner);
        return params;
    }

    private static String encode(Map<String, String> params) {
        return params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Api.Reply get(Map<String, String> params) {
        return s.api.send(HttpRequest.newBuilder(s.api.uri(OidcAuthorizePage.PATH + "?" + encode(params)))
                .timeout(Duration.ofSeconds(10)).GET().build());
    }

    private static Api.Reply post(Map<String, String> form) {
        return s.api.send(HttpRequest.newBuilder(s.api.uri(OidcAuthorizePage.PATH)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
    }

    private static Map<String, String> query(String location) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    /** The radio button's value for {@code username}, as a person would pick it on the page. */
    private static String userIdOnPage(String html, String username) {
        Matcher m = Pattern.compile("value=\"([^\"]+)\"(?: checked)?> " + Pattern.quote(username) + " ").matcher(html);
        assertThat(m.find()).as("%s listed on the page:%n%s", username, html).isTrue();
        return m.group(1);
    }

    @Test
    void pageListsTheAccountsUsersAndItsFormRedirectsWithACodeTheTokenCallTakes() {
        Api.Reply page = get(login(CALLBACK, "state-1"));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("stands in for your identity provider", DemoUsers.TRAINEE, DemoUsers.MFA_TRAINEE);

        Map<String, String> form = login(CALLBACK, "state-1");
        form.put("user_id", userIdOnPage(page.body(), DemoUsers.TRAINEE));
        form.put("decision", "allow");
        Api.Reply back = post(form);
        assertThat(back.status()).as(back.body()).isEqualTo(302);
        String location = back.header("Location");
        assertThat(location).startsWith(CALLBACK + "?");
        Map<String, String> answer = query(location);
        assertThat(answer).containsEntry("state", "state-1").containsKey("code");

        String audience = s.api.baseUrl() + "/accounts/" + s.partner;
        Api.Reply elsewhere = s.api.post("/accounts/" + s.partner + "/auth/oidc/token", null, body(
                "grant_type", "authorization_code", "code", answer.get("code"), "client_id", clientId,
                "redirect_uri", "http://127.0.0.1:1/other", "audience", audience));
        assertError(elsewhere, 400, "invalid_grant");
        Api.Reply token = s.api.post("/accounts/" + s.partner + "/auth/oidc/token", null, body(
                "grant_type", "authorization_code", "code", answer.get("code"), "client_id", clientId,
                "redirect_uri", CALLBACK, "audience", audience));
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        assertThat(token.json().at("/user_info/value/email").asText()).isEqualTo(DemoUsers.TRAINEE);
    }

    @Test
    void cancelSendsTheBrowserBackWithAccessDenied() {
        Map<String, String> form = login("http://localhost:40000/cb?app=desk", "s-2");
        form.put("decision", "deny");
        Api.Reply back = post(form);
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.header("Location")).startsWith("http://localhost:40000/cb?app=desk&");
        assertThat(query(back.header("Location"))).containsEntry("error", "access_denied").containsEntry("state", "s-2")
                .doesNotContainKey("code");
    }

    @Test
    void refusesWhatANativeAppMustNotAskForWithAPageAndNoRedirect() {
        Map<String, String> https = login("https://app.example/callback", "s");
        assertRefused(get(https), "loopback");
        assertRefused(post(https), "loopback");
        Map<String, String> unknownClient = login(CALLBACK, "s");
        unknownClient.put("client_id", "nobody");
        assertRefused(get(unknownClient), "client_id");
        Map<String, String> plain = login(CALLBACK, "s");
        plain.put("code_challenge_method", "plain");
        assertRefused(get(plain), "S256");
        Map<String, String> noChallenge = login(CALLBACK, "s");
        noChallenge.remove("code_challenge");
        assertRefused(get(noChallenge), "code_challenge");
        Map<String, String> noState = login(CALLBACK, "");
        assertRefused(get(noState), "state");
        Map<String, String> implicit = login(CALLBACK, "s");
        implicit.put("response_type", "token");
        assertRefused(get(implicit), "response_type");
        Map<String, String> otherAccount = login(CALLBACK, "s");
        otherAccount.put("account_id", "T99999999");
        assertRefused(get(otherAccount), "account T99999999");
        Map<String, String> lookalike = login("http://127.0.0.1.evil.example/cb", "s");
        assertRefused(get(lookalike), "loopback");
    }

    @Test
    void noUserChosenKeepsThePageAndMintsNothing() {
        Map<String, String> form = login(CALLBACK, "s-3");
        form.put("decision", "allow");
        Api.Reply again = post(form);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.header("Location")).isNull();
        assertThat(again.body()).contains("Choose one of the users", DemoUsers.TRAINEE);
        form.put("user_id", "no-such-user");
        assertThat(post(form).header("Location")).isNull();
    }

    @Test
    void everythingEchoedIntoThePageIsEscaped() {
        String hostile = "\"><script>alert('x')</script>&";
        Api.Reply page = get(login(CALLBACK, hostile));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>").contains("&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)");
        Map<String, String> badClient = login(CALLBACK, "s");
        badClient.put("client_id", "<b>x</b>");
        Api.Reply refused = get(badClient);
        assertThat(refused.body()).doesNotContain("<b>x</b>").contains("&lt;b&gt;x&lt;/b&gt;");
    }

    private static void assertRefused(Api.Reply reply, String why) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.header("Location")).isNull();
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains(why);
    }
}
