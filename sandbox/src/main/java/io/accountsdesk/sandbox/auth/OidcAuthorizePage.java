package io.accountsdesk.sandbox.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.accounts.AccountIds;
import io.accountsdesk.sandbox.http.QueryParams;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.users.UserStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stand-in for an external identity provider's authorization page, so that a desktop app can run the whole OpenID
 * Connect loopback flow (RFC 8252, with PKCE) against the sandbox: the app opens this page in the browser, the person
 * picks one of the account's users, and the page sends the browser back to the app's loopback address with a code the
 * sandbox's {@code POST /accounts/{oid}/auth/oidc/token} accepts. Sandbox-only (not Dintero's API), open like
 * {@code /_sandbox/oidc/codes}: the sandbox listens on loopback only.
 * <pre>
 * GET  /v1/_sandbox/oidc/authorize?response_type=code&amp;client_id=..&amp;redirect_uri=http://127.0.0.1:PORT/cb
 *      &amp;state=..&amp;code_challenge=..&amp;code_challenge_method=S256[&amp;account_id=T12300000]
 *   → 200 an HTML page listing the account's users
 * POST /v1/_sandbox/oidc/authorize (that page's form)
 *   → 302 redirect_uri?code=..&amp;state=..   or, for "Cancel", redirect_uri?error=access_denied&amp;state=..
 * </pre>
 * Only loopback {@code http} redirect URIs (127.0.0.1, [::1], localhost; any port) are taken, as a native app's must
 * be; a bad client or redirect URI gets a 400 page and no redirect (the page must never send a browser to an address
 * it cannot vouch for). PKCE with {@code S256} is required and the challenge is stored with the code, but it is
 * <b>not checked</b> when the code is traded: the seed's {@code oidc/token} body has no {@code code_verifier}, so the
 * app's verifier never reaches the sandbox. (With Dintero, the provider itself checks it.) The code is bound to the
 * redirect URI, so the token call must repeat it.
 */
final class OidcAuthorizePage {

    static final String PATH = "/_sandbox/oidc/authorize";
    /** RFC 7636: a S256 challenge is the Base64url of a SHA-256, 43 characters; allow the verifier's range. */
    private static final Pattern CHALLENGE = Pattern.compile("^[A-Za-z0-9._~-]{43,128}$");
    private static final int MAX_STATE = 512;

    private final AuthServices services;
    private final OidcRoutes codes;

    OidcAuthorizePage(AuthServices services, OidcRoutes codes) {
        this.services = services;
        this.codes = codes;
    }

    void register(RouteTable routes) {
        routes.open("GET", PATH, this::show);
        routes.open("POST", PATH, this::submit);
    }

    /** What an authorization request asks for, once checked. */
    private record Login(String clientId, URI redirectUri, String state, String challenge, String account) {
    }

    /** A request this page refuses, said on a 400 page instead of a redirect. */
    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    Response show(Request request) {
        try {
            Login login = check(request.query());
            return page(200, "Sandbox sign-in", form(login));
        } catch (Refused refused) {
            return refusal(refused);
        }
    }

    Response submit(Request request) {
        QueryParams form = QueryParams.parse(new String(request.body(), StandardCharsets.UTF_8));
        Login login;
        try {
            // Every field again: the hidden inputs came back from the browser and prove nothing.
            login = check(form);
        } catch (Refused refused) {
            return refusal(refused);
        }
        if ("deny".equals(first(form, "decision"))) {
            return redirect(login, Map.of("error", "access_denied",
                    "error_description", "The person cancelled the sign-in at the identity provider."));
        }
        String userId = first(form, "user_id");
        Optional<ObjectNode> user = userId == null ? Optional.empty() : services.users.byId(userId)
                .filter(u -> UserStore.isMember(u, login.account()));
        if (user.isEmpty()) {
            return page(400, "Choose a user", "<p class=\"error\">Choose one of the users to sign in as.</p>"
                    + form(login));
        }
        String code = codes.mintCode(login.account(), userId, login.clientId(), login.redirectUri().toString(),
                login.challenge());
        return redirect(login, Map.of("code", code));
    }

    private Login check(QueryParams query) {
        String clientId = first(query, "client_id");
        if (clientId == null || clientId.isBlank()) {
            throw new Refused("client_id is missing: give the id of one of the account's API clients.");
        }
        Optional<ApiClient> client = services.context.clients().find(clientId);
        if (client.isEmpty()) {
            throw new Refused("client_id " + clientId + " is no API client of this sandbox; use the client id the"
                    + " sandbox printed at start.");
        }
        String accountText = first(query, "account_id");
        String account = client.get().partnerId();
        if (accountText != null && !accountText.isBlank()) {
            if (!AccountIds.OWNER.matcher(accountText).matches()) {
                throw new Refused("account_id must be an account id like T12345678.");
            }
            if (!AccountIds.normalizeOwner(accountText).equals(account)) {
                throw new Refused("client_id " + clientId + " is no API client of account " + accountText + ".");
            }
        }
        URI redirectUri = loopback(first(query, "redirect_uri"));
        if (!"code".equals(first(query, "response_type"))) {
            throw new Refused("response_type must be code: this page runs the authorization code flow only.");
        }
        String state = first(query, "state");
        if (state == null || state.isEmpty() || state.length() > MAX_STATE) {
            throw new Refused("state is missing (or longer than " + MAX_STATE + "): the app must send a random"
                    + " state and check it comes back.");
        }
        if (!"S256".equals(first(query, "code_challenge_method"))) {
            throw new Refused("code_challenge_method must be S256: PKCE with SHA-256 is required.");
        }
        String challenge = first(query, "code_challenge");
        if (challenge == null || !CHALLENGE.matcher(challenge).matches()) {
            throw new Refused("code_challenge must be the Base64url SHA-256 of the code verifier (43 characters).");
        }
        return new Login(clientId, redirectUri, state, challenge, account);
    }

    /** RFC 8252 7.3: a native app's redirect is plain http to the loopback interface, on any port. */
    private static URI loopback(String text) {
        if (text == null || text.isBlank()) {
            throw new Refused("redirect_uri is missing.");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new Refused("redirect_uri is not a URL.");
        }
        String host = uri.getHost();
        boolean loopback = "http".equals(uri.getScheme()) && host != null && uri.getRawFragment() == null
                && uri.getRawUserInfo() == null
                && (host.equals("127.0.0.1") || host.equals("[::1]") || host.equalsIgnoreCase("localhost"));
        if (!loopback) {
            throw new Refused("redirect_uri must be a loopback http URL (http://127.0.0.1:PORT/…,"
                    + " http://[::1]:PORT/… or http://localhost:PORT/…), as a desktop app's is.");
        }
        return uri;
    }

    private String form(Login login) {
        List<ObjectNode> members = services.users.membersOf(login.account());
        StringBuilder html = new StringBuilder();
        html.append("<p>Stands in for your identity provider. Choose who signs in to account ")
                .append(escape(login.account())).append(" in the app.</p>\n");
        html.append("<form method=\"post\" action=\"").append(escape(services.baseUrl + PATH)).append("\">\n");
        hidden(html, "response_type", "code");
        hidden(html, "client_id", login.clientId());
        hidden(html, "redirect_uri", login.redirectUri().toString());
        hidden(html, "state", login.state());
        hidden(html, "code_challenge", login.challenge());
        hidden(html, "code_challenge_method", "S256");
        hidden(html, "account_id", login.account());
        html.append("<fieldset><legend>Users of ").append(escape(login.account())).append("</legend>\n");
        if (members.isEmpty()) {
            html.append("<p>The account has no users yet.</p>\n");
        }
        boolean first = true;
        for (ObjectNode user : members) {
            String id = user.get("id").asText();
            String name = user.path("name").asText("");
            html.append("<label><input type=\"radio\" name=\"user_id\" value=\"").append(escape(id)).append('"')
                    .append(first ? " checked" : "").append("> ").append(escape(user.path("username").asText()))
                    .append(name.isBlank() ? "" : " (" + escape(name) + ")").append("</label><br>\n");
            first = false;
        }
        html.append("</fieldset>\n");
        html.append("<button type=\"submit\" name=\"decision\" value=\"allow\">Sign in</button>\n");
        html.append("<button type=\"submit\" name=\"decision\" value=\"deny\">Cancel</button>\n");
        html.append("</form>\n");
        return html.toString();
    }

    private static void hidden(StringBuilder html, String name, String value) {
        html.append("<input type=\"hidden\" name=\"").append(escape(name)).append("\" value=\"").append(escape(value))
                .append("\">\n");
    }

    private static Response redirect(Login login, Map<String, String> params) {
        Map<String, String> query = new LinkedHashMap<>(params);
        query.put("state", login.state());
        StringBuilder target = new StringBuilder(login.redirectUri().toString());
        char joint = login.redirectUri().getRawQuery() == null ? '?' : '&';
        for (Map.Entry<String, String> p : query.entrySet()) {
            target.append(joint).append(URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            joint = '&';
        }
        return new Response(302, Map.of("Location", target.toString(), "Content-Type", "text/plain; charset=utf-8"),
                new byte[0]);
    }

    private static Response refusal(Refused refused) {
        return page(400, "Sign-in refused", "<p class=\"error\">" + escape(refused.getMessage()) + "</p>\n"
                + "<p>The app asked for something this stand-in cannot do; nothing was sent back to it.</p>\n");
    }

    private static Response page(int status, String title, String body) {
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><style>body{font-family:sans-serif;max-width:36em;margin:3em auto;line-height:1.5}"
                + ".error{color:#b00020}fieldset{margin:1em 0}button{margin-right:.5em}</style></head><body>\n"
                + "<h1>Sandbox sign-in — stands in for your identity provider</h1>\n" + body + "</body></html>\n";
        Map<String, String> headers = Map.of("Content-Type", "text/html; charset=utf-8",
                "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'",
                "X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer");
        return new Response(status, headers, html.getBytes(StandardCharsets.UTF_8));
    }

    private static String first(QueryParams query, String name) {
        List<String> values = query.all(name);
        return values.isEmpty() ? null : values.getFirst();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
