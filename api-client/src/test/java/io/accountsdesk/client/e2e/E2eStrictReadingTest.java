package io.accountsdesk.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.AccountUpdate;
import io.accountsdesk.client.accounts.ApplicantInput;
import io.accountsdesk.client.accounts.ConnectionName;
import io.accountsdesk.client.accounts.ConnectionStatus;
import io.accountsdesk.client.accounts.NewAccountEvent;
import io.accountsdesk.client.accounts.NewConnectionEvent;
import io.accountsdesk.client.approvals.BankAccount;
import io.accountsdesk.client.approvals.CaseFor;
import io.accountsdesk.client.approvals.CaseRequest;
import io.accountsdesk.client.approvals.CddProduct;
import io.accountsdesk.client.approvals.NewCddCase;
import io.accountsdesk.client.approvals.NewPaymentsApproval;
import io.accountsdesk.client.approvals.NewPayoutDestinationApproval;
import io.accountsdesk.client.approvals.PaymentsApproval;
import io.accountsdesk.client.assets.AssetMimeType;
import io.accountsdesk.client.assets.AssetUpload;
import io.accountsdesk.client.assets.AssetsApi;
import io.accountsdesk.client.auth.MfaChallengeRequest;
import io.accountsdesk.client.auth.OobChannel;
import io.accountsdesk.client.auth.RedirectRequest;
import io.accountsdesk.client.auth.TokenResponse;
import io.accountsdesk.client.auth.UserTokenSource;
import io.accountsdesk.client.authusers.AuthUsersApi;
import io.accountsdesk.client.authusers.NewAuthUser;
import io.accountsdesk.client.clients.Client;
import io.accountsdesk.client.clients.ClientGrant;
import io.accountsdesk.client.clients.GrantType;
import io.accountsdesk.client.clients.NewClient;
import io.accountsdesk.client.clients.NewClientGrant;
import io.accountsdesk.client.connections.collector.CollectorSignup;
import io.accountsdesk.client.pricing.AccountPricePackagesUpdate;
import io.accountsdesk.client.pricing.NewPricePackage;
import io.accountsdesk.client.roles.Role;
import io.accountsdesk.client.roles.RoleRequest;
import io.accountsdesk.client.settings.SettingsUpdate;
import io.accountsdesk.client.signup.NewPrefill;
import io.accountsdesk.client.signup.Prefill;
import io.accountsdesk.client.signup.SignupApi;
import io.accountsdesk.client.signup.SignupApplication;
import io.accountsdesk.client.users.AccountUser;
import io.accountsdesk.client.users.AccountUserUpdate;
import io.accountsdesk.client.users.NewAccountUser;
import io.accountsdesk.client.users.UserRole;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

    @RegisterExtension
    static final E2eSandbox SANDBOX = new E2eSandbox(30);
    private static final Set<String> unknown = new ConcurrentSkipListSet<>();

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
        var config = SANDBOX.fixture().config();
        var credentials = config.credentials();
        return new HttpTransport(new OkHttpClient(), config.baseUrl(), mapper, credentials.clientId(),
                credentials.clientSecret(), "e2e-strict");
    }

    @Test
    void theClientModelsEveryFieldTheSandboxAnswers() {
        String partner = SANDBOX.partner();
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
        assertThat(ids).hasSizeGreaterThanOrEqualTo(30);

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

    @Test
    void theClientModelsEveryFieldOfTheAnswersToWrites() {
        String partner = SANDBOX.partner();
        HttpTransport transport = recordingTransport();
        AuthApi auth = new AuthApi(transport);
        transport.useTokens(new ClientCredentialsTokenSource(auth, partner, Clock.systemUTC()));
        SandboxBackdoor backdoor = SANDBOX.backdoor();
        AccountsApi accounts = new AccountsApi(transport, partner);

        Account account = accounts.create(E2eAccountsTest.newAccount("Streng Les").build());
        String aid = account.accountId();
        accounts.update(aid, AccountUpdate.from(account).build());
        accounts.addEvent(aid, NewAccountEvent.comment("strict"));
        HttpTransport sub = transport.withTokens(new ExchangeTokenSource(auth, partner, aid, Clock.systemUTC()));
        ConnectionsApi connections = new ConnectionsApi(sub, aid);
        connections.collector().startSignup(aid, new CollectorSignup("Streng Les", null, "987654321", null, null, null,
                List.of(new io.accountsdesk.client.connections.PaymentOption(List.of("NOK"), "collector.invoice"))));
        accounts.addConnectionEvent(aid, ConnectionName.COLLECTOR,
                NewConnectionEvent.of(ConnectionStatus.ENABLED, "approved", null));
        new SettingsApi(sub).update(aid, SettingsUpdate.company(new AccountCompany(null, "Streng", null, null, null,
                null, null, null, null, null, null, null, null, null)));
        new AssetsApi(sub).createUploadUrl(aid, AssetUpload.of(10, AssetMimeType.IMAGE_PNG));

        PricingApi pricing = new PricingApi(transport, partner);
        pricing.create(new NewPricePackage("Strict", "Strict package", null, null, List.of(), "E2E_STRICT"));
        pricing.setForAccount(aid, AccountPricePackagesUpdate.of("E2E_STRICT"));

        Role role = new RolesApi(transport, partner).create(new RoleRequest("strict", null, List.of("read:accounts")));
        new RolesApi(transport, partner).update(role.id(), new RoleRequest("strict", "x", List.of("read:accounts")));
        Client created = new ClientsApi(transport, partner).create(new NewClient("strict", null, null, null));
        new ClientsApi(transport, partner).rotateSecret(created.id());
        ClientGrant grant = new ClientGrantsApi(transport, partner).create(new NewClientGrant(created.clientId(),
                auth.audience(partner), List.of("read:accounts"), GrantType.ANY, null));
        new ClientGrantsApi(transport, partner).delete(grant.id());
        new ClientsApi(transport, partner).delete(created.id());
        AuthUsersApi authUsers = new AuthUsersApi(transport);
        authUsers.create(partner, new NewAuthUser("strict-user", null, null, "strict-pass-1"));
        authUsers.changeUsername(partner, "strict-user", "strict-user-2");
        authUsers.delete(partner, "strict-user-2");

        UsersApi users = new UsersApi(transport, partner);
        AccountUser invited = users.create(new NewAccountUser("strict@team.example", "Strict", null, null,
                List.of(new UserRole.Ref(role.id())), null), true);
        users.update(invited.id(), new AccountUserUpdate("Strict 2", null, null, null), true);
        TokenResponse tokens = auth.passwordToken(partner, E2e.TRAINEE, E2e.PASSWORD, auth.audience(partner));
        HttpTransport asUser = transport.withTokens(new UserTokenSource(auth, partner, tokens, Clock.systemUTC(), null));
        UsersApi own = new UsersApi(asUser, partner);
        own.profile();
        users.activities(own.profile().id());
        users.delete(invited.id(), false);
        auth.refreshToken(partner, tokens.refreshToken());

        ApprovalsApi approvals = new ApprovalsApi(sub, aid);
        BankAccount bank = new BankAccount("DNB", "12345678903", "BBAN", "NO", "NOK", "NOK", "DNBANOKKXXX");
        approvals.applyForPayments(aid, new NewPaymentsApproval(List.of(new PaymentsApproval.Product("checkout")),
                List.of(new PaymentsApproval.PaymentMethod("vipps")), "NO", "923609016", List.of(bank), null));
        approvals.createPayoutDestination(aid, new NewPayoutDestinationApproval("strict-seller", null, "ACTIVE",
                "Mowber", "NO", "923609016", List.of(bank), null, null));
        approvals.createCddCase(aid, new NewCddCase(null, new CaseFor(aid, null, null, null, null), null,
                List.of(CddProduct.CHECKOUT), null, new CaseRequest(null, "NO", "923609016", false, null, null, null)));

        SignupApi signup = new SignupApi(transport, partner);
        signup.signup(SignupApplication.of(ApplicantInput.of("S", "T", "strict@signup.example", null)));
        signup.verify(backdoor.latestCode("strict@signup.example", "signup_verification"), true);
        Prefill prefill = signup.createPrefill(NewPrefill.of(ApplicantInput.of("P", "F", "strict@prefill.example", null),
                new AccountCompany("Prefill AS", null, null, null, null, null, null, null, null, null, null, null,
                        null, null), new AccountBilling(null, null, null, null, null, null)));
        signup.getPrefill(prefill.prefillId());
        signup.acceptPrefill(prefill.prefillId(), NewPrefill.from(prefill), true);

        auth.mfaChallenge(partner, MfaChallengeRequest.oob(OobChannel.SMS, mfaToken(auth, partner)));
        auth.redirect(partner, RedirectRequest.to("https://app.example/cb", null, null));

        Set<String> unexpected = new TreeSet<>(unknown);
        unexpected.removeAll(SANDBOX_EXTRAS);
        assertThat(unexpected).as("fields the sandbox sends that the client does not read").isEmpty();
    }

    private static String mfaToken(AuthApi auth, String partner) {
        try {
            auth.passwordToken(partner, E2e.MFA_TRAINEE, E2e.PASSWORD, auth.audience(partner));
            throw new AssertionError("the MFA demo user signed in without a second factor");
        } catch (ApiException required) {
            return (String) required.details().get("mfa_token");
        }
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
