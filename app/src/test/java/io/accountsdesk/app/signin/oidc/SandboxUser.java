package io.accountsdesk.app.signin.oidc;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser that is also the person in front of it: it loads the sandbox's stand-in provider page, picks a user (or
 * presses Cancel), submits the form and follows the redirect to the app's loopback address, as a person would click
 * through. What it does is chosen per test; {@link #lastPage()} is what the app's loopback answered.
 */
public final class SandboxUser implements SystemBrowser {

    public enum Does { SIGN_IN, CANCEL_AT_PROVIDER, COME_BACK_WITH_ANOTHER_STATE, NOTHING, HAS_NO_BROWSER }

    /** One per person, as each has a browser of their own: no connection is kept from one test's ports to another. */
    private final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");

    private final Does does;
    private final String username;
    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private volatile HttpResponse<String> lastPage;
    private volatile String lastLocation;

    public SandboxUser(Does does, String username) {
        this.does = does;
        this.username = username;
    }

    @Override
    public void open(URI uri) throws BrowserUnavailable {
        opened.add(uri);
        switch (does) {
            case HAS_NO_BROWSER -> throw new BrowserUnavailable("no display here", null);
            case NOTHING -> { }
            default -> clickThrough(uri, does);
        }
    }

    /** The person opens {@code uri} themselves (pasted from the app) and signs in. */
    public void clickThrough(URI uri, Does what) {
        try {
            String page = HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            Map<String, String> form = new LinkedHashMap<>();
            Matcher hidden = HIDDEN.matcher(page);
            while (hidden.find()) {
                form.put(unescape(hidden.group(1)), unescape(hidden.group(2)));
            }
            Matcher user = Pattern.compile("name=\"user_id\" value=\"([^\"]+)\"(?: checked)?> "
                    + Pattern.quote(username) + " ").matcher(page);
            if (!user.find()) {
                throw new AssertionError(username + " is not on the provider's page:\n" + page);
            }
            form.put("user_id", unescape(user.group(1)));
            form.put("decision", what == Does.CANCEL_AT_PROVIDER ? "deny" : "allow");
            URI action = URI.create(uri.toString().substring(0, uri.toString().indexOf('?')));
            // A browser posts a form with the page's origin; the sandbox refuses any other (DNS rebinding).
            String origin = uri.getScheme() + "://" + uri.getRawAuthority();
            HttpResponse<String> redirect = HTTP.send(HttpRequest.newBuilder(action)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", origin)
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = redirect.headers().firstValue("Location")
                    .orElseThrow(() -> new AssertionError("No redirect: " + redirect.statusCode() + " " + redirect.body()));
            lastLocation = location;
            if (what == Does.COME_BACK_WITH_ANOTHER_STATE) {
                location = location.replaceAll("state=[^&]*", "state=forged-elsewhere");
            }
            lastPage = HTTP.send(HttpRequest.newBuilder(URI.create(location)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("The browser could not load a page", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    List<URI> opened() {
        return opened;
    }

    /** Where the provider sent the browser back: the code and the state are in it. */
    public String lastLocation() {
        return lastLocation;
    }

    public HttpResponse<String> lastPage() {
        return lastPage;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
