package io.accountsdesk.client;

import io.accountsdesk.client.accounts.AccountsApi;
import io.accountsdesk.client.approvals.ApprovalsApi;
import io.accountsdesk.client.assets.AssetsApi;
import io.accountsdesk.client.auth.AuthApi;
import io.accountsdesk.client.auth.ClientCredentialsTokenSource;
import io.accountsdesk.client.auth.ExchangeTokenSource;
import io.accountsdesk.client.authusers.AuthUsersApi;
import io.accountsdesk.client.clients.ClientGrantsApi;
import io.accountsdesk.client.clients.ClientsApi;
import io.accountsdesk.client.connections.ConnectionsApi;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.ProxyAuthentication;
import io.accountsdesk.client.http.TokenSource;
import io.accountsdesk.client.json.Json;
import io.accountsdesk.client.pricing.PricingApi;
import io.accountsdesk.client.roles.RolesApi;
import io.accountsdesk.client.screening.match.MatchApi;
import io.accountsdesk.client.screening.vmss.VmssApi;
import io.accountsdesk.client.settings.SettingsApi;
import io.accountsdesk.client.signup.SignupApi;
import io.accountsdesk.client.users.UsersApi;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: one configured transport, with the API's areas hanging off it, grouped as ENDPOINTS.md groups
 * them. {@link #actingOn(String)} gives the same areas for a sub-account, with a token exchanged for it.
 */
public final class ApiClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("io.accountsdesk.client.http");

    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final ApiConfig config;
    private final Clock clock;
    private final HttpTransport transport;
    private final TokenSource tokens;
    private final AuthApi auth;
    private final ClientsApi clients;
    private final ClientGrantsApi clientGrants;
    private final RolesApi roles;
    private final AuthUsersApi authUsers;
    private final AccountsApi accounts;
    private final SettingsApi settings;
    private final PricingApi pricing;
    private final AssetsApi assets;
    private final SignupApi signup;
    private final ConnectionsApi connections;
    private final UsersApi users;
    private final ApprovalsApi approvals;
    private final MatchApi match;
    private final VmssApi vmss;

    private ApiClient(ApiConfig config, Clock clock, OkHttpClient http, boolean ownsHttp, HttpTransport transport,
                      TokenSource tokens) {
        this.config = config;
        this.clock = clock;
        this.http = http;
        this.ownsHttp = ownsHttp;
        this.transport = transport;
        this.tokens = tokens;
        String oid = config.accountId();
        this.auth = new AuthApi(transport);
        this.clients = new ClientsApi(transport, oid);
        this.clientGrants = new ClientGrantsApi(transport, oid);
        this.roles = new RolesApi(transport, oid);
        this.authUsers = new AuthUsersApi(transport);
        this.accounts = new AccountsApi(transport, oid);
        this.settings = new SettingsApi(transport);
        this.pricing = new PricingApi(transport, oid);
        this.assets = new AssetsApi(transport);
        this.signup = new SignupApi(transport, oid);
        this.connections = new ConnectionsApi(transport, oid);
        this.users = new UsersApi(transport, oid);
        this.approvals = new ApprovalsApi(transport, oid);
        this.match = new MatchApi(transport, oid);
        this.vmss = new VmssApi(transport, oid);
    }

    public static ApiClient create(ApiConfig config) {
        return create(config, Clock.systemUTC());
    }

    public static ApiClient create(ApiConfig config, Clock clock) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout());
        OkHttpClient http = withNetwork(builder, config.network()).build();
        // Which proxy and trust a call uses is the first thing support asks; Network's text holds no password.
        LOG.debug("Network for {}: {}", config.baseUrl().host(), config.network());
        HttpTransport transport = new HttpTransport(http, config.baseUrl(), Json.newMapper(),
                config.credentials().clientId(), config.credentials().clientSecret(), userAgent(), config.callGuard(),
                config.retry(), config.callTimeout());
        TokenSource tokens = new ClientCredentialsTokenSource(new AuthApi(transport), config.accountId(), clock);
        transport.useTokens(tokens);
        return new ApiClient(config, clock, http, true, transport, tokens);
    }

    public ApiConfig config() {
        return config;
    }

    /** Tokens, sign-in grants, keys and MFA. */
    public AuthApi auth() {
        return auth;
    }

    /** API clients of the signed-in account. */
    public ClientsApi clients() {
        return clients;
    }

    /** Which audiences and scopes each API client may ask for. */
    public ClientGrantsApi clientGrants() {
        return clientGrants;
    }

    public RolesApi roles() {
        return roles;
    }

    /** Users of the auth service (usernames, passwords, MFA) under {@code /accounts/{aid}/auth/users}. */
    public AuthUsersApi authUsers() {
        return authUsers;
    }

    /** A partner's sub-accounts. */
    public AccountsApi accounts() {
        return accounts;
    }

    /** An account's own settings. */
    public SettingsApi settings() {
        return settings;
    }

    /** Price packages: the partner's list, and the package on an account. */
    public PricingApi pricing() {
        return pricing;
    }

    /** Upload URLs for an account's files (logos, documents). */
    public AssetsApi assets() {
        return assets;
    }

    /** Signing up new accounts, and prefilled signup forms. */
    public SignupApi signup() {
        return signup;
    }

    /** Payment connections, one area per provider. */
    public ConnectionsApi connections() {
        return connections;
    }

    /** The signed-in user's profile and the account's users. */
    public UsersApi users() {
        return users;
    }

    /** Payments and seller approvals and CDD cases. */
    public ApprovalsApi approvals() {
        return approvals;
    }

    /** Mastercard MATCH screening. */
    public MatchApi match() {
        return match;
    }

    /** Visa VMSS screening. */
    public VmssApi vmss() {
        return vmss;
    }

    /**
     * The same areas acting on sub-account {@code accountId}, with a token exchanged from this (partner) client's
     * token. Shares this client's connections; closing it is harmless, closing this client ends both.
     */
    public ApiClient actingOn(String accountId) {
        ExchangeTokenSource exchanged = new ExchangeTokenSource(auth, config.accountId(), accountId, clock);
        ApiConfig scoped = new ApiConfig(config.baseUrl(), accountId, config.credentials(), config.connectTimeout(),
                config.readTimeout(), config.callTimeout(), config.callGuard(), config.retry(), config.network());
        return new ApiClient(scoped, clock, http, false, transport.withTokens(exchanged), exchanged);
    }

    /**
     * The same areas as a signed-in user: every call carries {@code userTokens} (a {@link
     * io.accountsdesk.client.auth.UserTokenSource} from {@link io.accountsdesk.client.auth.PasswordSignIn}) as its
     * Bearer, which the {@code /account/user} operations need. The sign-in and refresh grants themselves stay on this
     * client's {@link #auth()}, as the seed asks. Shares this client's connections, like {@link #actingOn(String)}.
     */
    public ApiClient signedInAs(TokenSource userTokens) {
        Objects.requireNonNull(userTokens, "userTokens");
        return new ApiClient(config, clock, http, false, transport.withTokens(userTokens), userTokens);
    }

    /**
     * The same areas, with every call stopped when {@code cancellation} is cancelled: the call in flight is aborted on
     * its socket and a wait before a retry ends at once, both with {@link
     * io.accountsdesk.client.http.ApiException.Cancelled}. Shares this client's connections and tokens; a
     * background task makes one of these per run and hands the cancellation to its cancel button.
     */
    public ApiClient cancellable(io.accountsdesk.client.http.Cancellation cancellation) {
        Objects.requireNonNull(cancellation, "cancellation");
        return new ApiClient(config, clock, http, false, transport.withCancellation(cancellation), tokens);
    }

    /** Fetches (or reuses) an access token: a cheap way to check the credentials when signing in. */
    public void signIn() {
        tokens.accessToken();
    }

    private static OkHttpClient.Builder withNetwork(OkHttpClient.Builder builder, Network network) {
        builder.proxySelector(network.proxies());
        if (network.proxyCredentials() != null) {
            builder.proxyAuthenticator(new ProxyAuthentication(network.proxyCredentials()));
        }
        if (network.trustManager() != null) {
            try {
                SSLContext tls = SSLContext.getInstance("TLS");
                tls.init(null, new TrustManager[] {network.trustManager()}, null);
                builder.sslSocketFactory(tls.getSocketFactory(), network.trustManager());
            } catch (GeneralSecurityException unavailable) {
                throw new IllegalStateException("TLS is not available in this runtime: " + unavailable.getMessage(),
                        unavailable);
            }
        }
        return builder;
    }

    private static String userAgent() {
        String version = ApiClient.class.getPackage().getImplementationVersion();
        return "accounts-desk/" + (version == null ? "dev" : version);
    }

    @Override
    public void close() {
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
