package io.accountsdesk.client;

import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Where and as whom the client talks.
 *
 * @param baseUrl     the API root, {@code https://api.dintero.com/v1} or a sandbox's {@code http://127.0.0.1:PORT/v1}
 * @param accountId   the partner (owner) account the client acts for
 * @param credentials the API client's id and secret
 */
public record ApiConfig(
        HttpUrl baseUrl,
        String accountId,
        ClientCredentials credentials,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout) {

    public static final String DINTERO_BASE_URL = "https://api.dintero.com/v1";

    public ApiConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(credentials, "credentials");
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        callTimeout = callTimeout == null ? Duration.ofSeconds(60) : callTimeout;
    }

    public static ApiConfig of(String baseUrl, String accountId, ClientCredentials credentials) {
        HttpUrl url = HttpUrl.parse(baseUrl);
        if (url == null) {
            throw new IllegalArgumentException("'" + baseUrl + "' is not an http(s) URL.");
        }
        return new ApiConfig(url, accountId, credentials, null, null, null);
    }

    public ApiConfig withTimeouts(Duration connect, Duration read, Duration call) {
        return new ApiConfig(baseUrl, accountId, credentials, connect, read, call);
    }
}
