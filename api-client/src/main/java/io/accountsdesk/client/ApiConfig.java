package io.accountsdesk.client;

import io.accountsdesk.client.http.RetryPolicy;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Where and as whom the client talks.
 *
 * @param baseUrl     the API root, {@code https://api.dintero.com/v1} or a sandbox's {@code http://127.0.0.1:PORT/v1}
 * @param accountId   the partner (owner) account the client acts for
 * @param credentials the API client's id and secret
 * @param callTimeout the longest one attempt may take, and the budget for all attempts of one call together
 * @param retry       when and how failed calls are tried again
 * @param callGuard   runs before every request on the calling thread; a UI can make it throw when called on its own
 *                    thread, so a blocking call there fails loudly in tests instead of freezing a window
 */
public record ApiConfig(
        HttpUrl baseUrl,
        String accountId,
        ClientCredentials credentials,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        Runnable callGuard,
        RetryPolicy retry) {

    public static final String DINTERO_BASE_URL = "https://api.dintero.com/v1";

    public ApiConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(credentials, "credentials");
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        callTimeout = callTimeout == null ? Duration.ofSeconds(60) : callTimeout;
        callGuard = callGuard == null ? () -> { } : callGuard;
        retry = retry == null ? RetryPolicy.defaults() : retry;
    }

    public static ApiConfig of(String baseUrl, String accountId, ClientCredentials credentials) {
        HttpUrl url = HttpUrl.parse(baseUrl);
        if (url == null) {
            throw new IllegalArgumentException("'" + baseUrl + "' is not an http(s) URL.");
        }
        return new ApiConfig(url, accountId, credentials, null, null, null, null, null);
    }

    public ApiConfig withTimeouts(Duration connect, Duration read, Duration call) {
        return new ApiConfig(baseUrl, accountId, credentials, connect, read, call, callGuard, retry);
    }

    public ApiConfig withCallGuard(Runnable guard) {
        return new ApiConfig(baseUrl, accountId, credentials, connectTimeout, readTimeout, callTimeout, guard, retry);
    }

    public ApiConfig withRetry(RetryPolicy policy) {
        return new ApiConfig(baseUrl, accountId, credentials, connectTimeout, readTimeout, callTimeout, callGuard,
                policy);
    }
}
