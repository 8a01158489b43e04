package io.accountsdesk.sandbox.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a web page in the user's browser from driving the sandbox (DNS rebinding, cross-site requests). Listening on
 * loopback is not enough: a page on {@code evil.example} can make its own name resolve to 127.0.0.1 and then talk to
 * the sandbox as if same-origin, or simply post a form to {@code http://127.0.0.1:PORT}. The first sends a
 * {@code Host} that is not a loopback name; the second an {@code Origin} that is not the sandbox's own. Programs (the
 * app's HTTP client, curl) send a loopback {@code Host} and no {@code Origin}; the sandbox's own OIDC page, opened in
 * the browser at one of the loopback names, posts back with that name's origin.
 */
final class LoopbackGuard {

    private final Set<String> hosts;
    private final Set<String> origins;

    LoopbackGuard(int port) {
        // The port is part of the name: another local service's page (another port) is another origin.
        String suffix = port == 80 ? "" : ":" + port;
        this.hosts = Set.of("127.0.0.1" + suffix, "localhost" + suffix, "[::1]" + suffix);
        this.origins = Set.of("http://127.0.0.1" + suffix, "http://localhost" + suffix, "http://[::1]" + suffix);
    }

    /** Why the request is refused, or empty when it may be served. */
    Optional<ApiException> refusal(List<String> hostHeaders, List<String> originHeaders) {
        if (hostHeaders == null || hostHeaders.size() != 1
                || !hosts.contains(hostHeaders.get(0).trim().toLowerCase(Locale.ROOT))) {
            return Optional.of(new ApiException(421, "misdirected_request", "The sandbox only answers requests"
                    + " addressed to it by a loopback name (Host: " + String.join(" or ", sorted(hosts))
                    + "); this one named another host, as a web page using DNS rebinding would",
                    List.of(FieldError.header("Host", "must be one of " + String.join(", ", sorted(hosts)))),
                    Map.of("Connection", "close")));
        }
        if (originHeaders != null && !originHeaders.isEmpty() && (originHeaders.size() != 1
                || !origins.contains(originHeaders.get(0).trim().toLowerCase(Locale.ROOT)))) {
            return Optional.of(new ApiException(403, "forbidden_origin", "The sandbox does not answer requests"
                    + " that a web page of another origin sends from the browser; programs send no Origin header",
                    List.of(FieldError.header("Origin", "must be absent or the sandbox's own origin")),
                    Map.of()));
        }
        return Optional.empty();
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
