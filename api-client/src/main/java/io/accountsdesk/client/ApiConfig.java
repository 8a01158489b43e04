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
 * @param network     proxies and trusted CAs; {@code null}: {@link Network#system()}
 */
public record ApiConfig(
        HttpUrl baseUrl,
        String accountId,
        ClientCredentials credentials,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        Runnable callGuard,
        RetryPolicy retry,
        Network network) {

    public static final String DINTERO_BASE_URL = "https://api.dintero.com/v1";

    public ApiConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!encryptedOrLocal(baseUrl)) {
            throw new IllegalArgumentException("Refusing " + baseUrl + ": plain http:// would send the client secret"
                    + " and every token unencrypted. Use https://, or http:// only to this computer (127.0.0.1, [::1]"
                    + " or localhost), as a local sandbox does.");
        }
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(credentials, "credentials");
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        callTimeout = callTimeout == null ? Duration.ofSeconds(60) : callTimeout;
        callGuard = callGuard == null ? () -> { } : callGuard;
        retry = retry == null ? RetryPolicy.defaults() : retry;
        network = network == null ? Network.system() : network;
    }

    /**
     * Whether the client may talk to {@code url}: https anywhere, plain http only to a loopback address, where nothing
     * crosses a network. A name other than {@code localhost} is not resolved to decide: DNS could answer anything.
     */
    public static boolean encryptedOrLocal(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        return parsed != null && encryptedOrLocal(parsed);
    }

    /** The same, for a parsed URL. */
    public static boolean encryptedOrLocal(HttpUrl url) {
        if (url.isHttps()) {
            return true;
        }
        String host = url.host();
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+") && !host.contains(":")) {
            return false;
        }
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException notAnAddress) {
            return false;
        }
    }

    public static ApiConfig of(String baseUrl, String accountId, ClientCredentials credentials) {
        HttpUrl url = HttpUrl.parse(baseUrl);
        if (url == null) {
            throw new IllegalArgumentException("'" + baseUrl + "' is not an http(s) URL.");
        }
        return new ApiConfig(url, accountId, credentials, null, null, null, null, null, null);
    }

    public ApiConfig withTimeouts(Duration connect, Duration read, Duration call) {
        return new ApiConfig(baseUrl, accountId, credentials, connect, read, call, callGuard, retry, network);
    }

    public ApiConfig withCallGuard(Runnable guard) {
        return new ApiConfig(baseUrl, accountId, credentials, connectTimeout, readTimeout, callTimeout, guard, retry,
                network);
    }

    public ApiConfig withRetry(RetryPolicy policy) {
        return new ApiConfig(baseUrl, accountId, credentials, connectTimeout, readTimeout, callTimeout, callGuard,
                policy, network);
    }

    public ApiConfig withNetwork(Network settings) {
        return new ApiConfig(baseUrl, accountId, credentials, connectTimeout, readTimeout, callTimeout, callGuard,
                retry, settings);
    }
}
