package io.accountsdesk.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.SandboxFixture;
import io.accountsdesk.client.accounts.AccountEventQuery;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.accounts.AccountsApi;
import io.accountsdesk.client.approvals.ApprovalsApi;
import io.accountsdesk.client.approvals.CddCaseQuery;
import io.accountsdesk.client.auth.AuthApi;
import io.accountsdesk.client.auth.ClientCredentialsTokenSource;
import io.accountsdesk.client.auth.ExchangeTokenSource;
import io.accountsdesk.client.clients.ClientGrantsApi;
import io.accountsdesk.client.clients.ClientsApi;
import io.accountsdesk.client.connections.ConnectionsApi;
import io.accountsdesk.client.connections.payex.PayExApi;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.json.Json;
import io.accountsdesk.client.pricing.PricePackageQuery;
import io.accountsdesk.client.pricing.PricingApi;
import io.accountsdesk.client.roles.RoleQuery;
import io.accountsdesk.client.roles.RolesApi;
import io.accountsdesk.client.settings.SettingsApi;
import io.accountsdesk.client.users.UsersApi;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every field the sandbox answers is one the typed client reads. The client tolerates unknown fields on purpose (a
 * new server field must not break a screen), which would also hide a field the two name differently; here the answers
 * of every area the sandbox serves, over demo accounts in every connection and approval state, are read with a
 * mapper that records each unknown field instead.
 */
class E2eStrictReadingTest {

    /**
     * Fields the sandbox adds beyond the seed and Dintero's reference, on purpose (see the route's javadoc); the
     * client has no use for them.
     */
    private static final Set<String> SANDBOX_EXTRAS = Set.of(
            "PartnerOnboardingLink.expires_at");

    @TempDir
    static Path dir;
    private static SandboxFixture fixture;
    private static ApiClient client;
    private static final Set<String> unknown = new ConcurrentSkipListSet<>();

    @BeforeAll
    static void start() {
        fixture = SandboxFixture.start(dir, 30);
        client = fixture.client();
    }

    @AfterAll
    static void stop() {
        client.close();
        fixture.close();
    }

    private static HttpTransport recordingTransport() {
        ObjectMapper mapper = Json.newMapper().copy().addHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                                                 JsonDeserializer<?> deserializer, Object beanOrClass,
                                                 String propertyName) throws IOException {
                Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
                unknown.add(type.getSimpleName() + "." + propertyName);
                p.skipChildren();
                return true;
            }
        });
        var credentials = fixture.config().credentials();
        return new HttpTransport(new OkHttpClient(), fixture.config().baseUrl(), mapper, credentials.clientId(),
                credentials.clientSecret(), "e2e-strict");
    }

    @Test
    void theClientModelsEveryFieldTheSandboxAnswers() {
        String partner = fixture.sandbox().credentials().partnerId();
        HttpTransport transport = recordingTransport();
        AuthApi auth = new AuthApi(transport);
        transport.useTokens(new ClientCredentialsTokenSource(auth, partner, Clock.systemUTC()));
        AccountsApi accounts = new AccountsApi(transport, partner);
        List<String> ids = accounts.stream(AccountQuery.all().withLimit(100)).map(a -> {
            // The account's detail and the settings view of it.
            accounts.get(a.accountId());
            accounts.events(a.accountId(), AccountEventQuery.all(), null);
            return a.accountId();
        }).toList();
        assertThat(ids).hasSize(30);

        int connectionsRead = 0;
        for (String aid : ids) {
            HttpTransport sub = transport.withTokens(new ExchangeTokenSource(auth, partner, aid, Clock.systemUTC()));
            new SettingsApi(sub).get(aid);
            ConnectionsApi c = new ConnectionsApi(sub, aid);
            List<Supplier<Object>> reads = List.of(() -> c.bambora().get(aid), () -> c.collector().get(aid),
                    () -> c.common().get(aid), () -> c.instabank().get(aid), () -> c.klarna().get(aid),
                    () -> c.vippsPsp().get(aid), () -> c.applePay().get(aid),
                    () -> c.payEx().get(aid, PayExApi.CREDITCARD), () -> c.swish().get(aid), () -> c.vipps().get(aid),
                    () -> c.visaTokens().get(aid), () -> new PricingApi(sub, aid).ofAccount(aid));
            for (Supplier<Object> read : reads) {
                connectionsRead += readUnlessAbsent(read);
            }
            ApprovalsApi approvals = new ApprovalsApi(sub, aid);
            approvals.paymentsApprovals(aid, null);
            approvals.payoutDestinations(aid, null, null);
            approvals.cddCases(aid, CddCaseQuery.all().withContracts(true));
        }
        assertThat(connectionsRead).as("connections and packages the demo accounts have").isGreaterThan(30);

        new RolesApi(transport, partner).list(RoleQuery.all().withLimit(100), null);
        new ClientsApi(transport, partner).list();
        new ClientGrantsApi(transport, partner).list(null, null);
        new UsersApi(transport, partner).list(true);
        new PricingApi(transport, partner).list(PricePackageQuery.all().withLimit(100), null);
        auth.keys(partner);
        auth.exchangeToken(partner, ids.get(0));
        accounts.createOnboardingLink(ids.get(0));

        Set<String> unexpected = new TreeSet<>(unknown);
        unexpected.removeAll(SANDBOX_EXTRAS);
        assertThat(unexpected).as("fields the sandbox sends that the client does not read").isEmpty();
    }

    /** 1 when read, 0 when the account has no such connection (404). */
    private static int readUnlessAbsent(Supplier<Object> read) {
        try {
            read.get();
            return 1;
        } catch (ApiException.NotFound absent) {
            return 0;
        }
    }
}
