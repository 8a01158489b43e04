package io.accountsdesk.app.core;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Puts a file at a pre-signed upload URL, as the asset flow hands one out ({@code POST …/management/assets}). That
 * URL carries its own authorisation and belongs to a storage service, not to the API, so the request goes around
 * the API client (no token, no retries of a body that may have half arrived), and the URL never appears in a message
 * or a log: only its host does.
 */
public final class PresignedUpload {

    /** The upload did not end with a 2xx: the status, and what the storage service said. */
    public static final class Refused extends IOException {
        private final int status;

        Refused(int status, String host, String body) {
            super("The storage service at " + host + " refused the file (HTTP " + status + ")"
                    + (body == null || body.isBlank() ? "" : ": " + abbreviate(body)));
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final HttpClient http;

    /** With the platform's proxy settings and CAs only. */
    public PresignedUpload() {
        this(io.accountsdesk.client.Network.system());
    }

    /**
     * Through the session's proxy and trusting its CAs, as its API calls do: behind a company proxy the storage
     * service is as far away as the API. (A proxy password is not offered here: the JDK's client refuses Basic for
     * HTTPS tunnels unless {@code jdk.http.auth.tunneling.disabledSchemes} is cleared.)
     */
    public PresignedUpload(io.accountsdesk.client.Network network) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
                .proxy(network.proxies());
        if (network.trustManager() != null) {
            try {
                javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
                tls.init(null, new javax.net.ssl.TrustManager[] {network.trustManager()}, null);
                builder.sslContext(tls);
            } catch (java.security.GeneralSecurityException unavailable) {
                throw new IllegalStateException("TLS is not available: " + unavailable.getMessage(), unavailable);
            }
        }
        http = builder.build();
    }

    /** Sends {@code file} with {@code contentType}; blocking, so call it from a background task. */
    public void put(String uploadUrl, Path file, String contentType) throws IOException, InterruptedException {
        URI target = URI.create(uploadUrl);
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(TIMEOUT)
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new Refused(answer.statusCode(), target.getHost(), answer.body());
        }
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
