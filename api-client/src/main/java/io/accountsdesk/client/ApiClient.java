package io.accountsdesk.client;

import io.accountsdesk.client.accounts.AccountsApi;
import io.accountsdesk.client.auth.AuthApi;
import io.accountsdesk.client.auth.ClientCredentialsTokenSource;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.json.Json;
import java.time.Clock;
import okhttp3.OkHttpClient;

/** The entry point: one configured transport, with the API's areas hanging off it. */
public final class ApiClient implements AutoCloseable {

    private final OkHttpClient http;
    private final ApiConfig config;
    private final ClientCredentialsTokenSource tokens;
    private final AuthApi auth;
    private final AccountsApi accounts;

    private ApiClient(ApiConfig config, Clock clock) {
        this.config = config;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                .build();
        HttpTransport transport = new HttpTransport(http, config.baseUrl(), Json.newMapper(),
                config.credentials().clientId(), config.credentials().clientSecret(), userAgent(), config.callGuard(),
                config.retry(), config.callTimeout());
        this.auth = new AuthApi(transport);
        this.tokens = new ClientCredentialsTokenSource(auth, config.accountId(), clock);
        transport.useTokens(tokens);
        this.accounts = new AccountsApi(transport, config.accountId());
    }

    public static ApiClient create(ApiConfig config) {
        return new ApiClient(config, Clock.systemUTC());
    }

    public static ApiClient create(ApiConfig config, Clock clock) {
        return new ApiClient(config, clock);
    }

    public ApiConfig config() {
        return config;
    }

    public AuthApi auth() {
        return auth;
    }

    public AccountsApi accounts() {
        return accounts;
    }

    /** Fetches (or reuses) an access token: a cheap way to check the credentials when signing in. */
    public void signIn() {
        tokens.accessToken();
    }

    private static String userAgent() {
        String version = ApiClient.class.getPackage().getImplementationVersion();
        return "accounts-desk/" + (version == null ? "dev" : version);
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
