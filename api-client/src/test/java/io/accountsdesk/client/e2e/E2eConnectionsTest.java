package io.accountsdesk.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.accounts.ApplicantInput;
import io.accountsdesk.client.accounts.ConnectionStatus;
import io.accountsdesk.client.accounts.NewAccount;
import io.accountsdesk.client.connections.ConnectionDetails;
import io.accountsdesk.client.connections.PaymentOption;
import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.client.connections.applepay.ApplePayConfiguration;
import io.accountsdesk.client.connections.applepay.ApplePaySignup;
import io.accountsdesk.client.connections.bambora.BamboraConnection;
import io.accountsdesk.client.connections.common.CommonSignup;
import io.accountsdesk.client.connections.instabank.InstabankCallback;
import io.accountsdesk.client.connections.instabank.InstabankSignup;
import io.accountsdesk.client.connections.bambora.BamboraPayFacSignup;
import io.accountsdesk.client.connections.klarna.KlarnaConfiguration;
import io.accountsdesk.client.connections.klarna.KlarnaSignup;
import io.accountsdesk.client.connections.payex.PayExApi;
import io.accountsdesk.client.connections.payex.PayExConfiguration;
import io.accountsdesk.client.connections.payex.PayExSignup;
import io.accountsdesk.client.connections.swish.SwishCallback;
import io.accountsdesk.client.connections.swish.SwishConfiguration;
import io.accountsdesk.client.connections.swish.SwishOverrideCredentials;
import io.accountsdesk.client.connections.swish.SwishSignup;
import io.accountsdesk.client.connections.vipps.VippsCallback;
import io.accountsdesk.client.connections.vipps.VippsConfiguration;
import io.accountsdesk.client.connections.vipps.VippsSignup;
import io.accountsdesk.client.connections.vippspsp.VippsPspConfiguration;
import io.accountsdesk.client.connections.vippspsp.VippsPspSignup;
import io.accountsdesk.client.connections.visatokens.VisaTokensSignup;
import io.accountsdesk.client.http.ApiException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Payment connections end to end: a sub-account signs up per provider through the typed client, the sandbox plays
 * the provider (its decide route, or the provider's callback), and the typed GET shows the outcome.
 */
class E2eConnectionsTest {

    @RegisterExtension
    static final E2eSandbox SANDBOX = new E2eSandbox(1);

    private static ApiClient client() {
        return SANDBOX.client();
    }

    /** A fresh sub-account with an organisation number and no connections, so each test owns its state. */
    private static String freshAccount(String name) {
        return client().accounts().create(NewAccount.builder(
                ApplicantInput.of("Siri", "Selger", "siri@" + name.toLowerCase() + ".example", null),
                new AccountCompany(name + " AS", null, "987654321", null, null, null, null, null, null, null, null,
                        null, null, null),
                new AccountBilling(null, null, null, null, null, null)).build()).accountId();
    }

    private static List<PaymentOption> options(String type) {
        return List.of(new PaymentOption(List.of("NOK"), type));
    }

    @Test
    void klarnaIsPendingAfterSignupAndEnabledWithAConfigurationOnceDecided() {
        String aid = freshAccount("Klarna");
        ApiClient sub = client().actingOn(aid);

        ConnectionDetails<KlarnaSignup, KlarnaConfiguration> pending = sub.connections().klarna().startSignup(aid,
                new KlarnaSignup(null, options("klarna.klarna"), null, 5411));
        assertThat(pending.status()).isEqualTo(ConnectionStatus.PENDING);
        assertThat(pending.configuration()).isNull();
        assertThat(pending.signups()).hasSize(1);
        assertThat(pending.signups().get(0).mcc()).isEqualTo(5411);

        SandboxBackdoor.Reply decided = SANDBOX.backdoor().decide(aid, "klarna", "enabled");
        assertThat(decided.status()).isEqualTo(200);

        ConnectionDetails<KlarnaSignup, KlarnaConfiguration> enabled = sub.connections().klarna().get(aid);
        assertThat(enabled.status()).isEqualTo(ConnectionStatus.ENABLED);
        assertThat(enabled.configuration().paymentOptions()).extracting(PaymentOption::type)
                .containsExactly("klarna.klarna");
        assertThat(enabled.events()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(client().accounts().stream(AccountQuery.all().withLimit(100)
                        .withPaymentOptions(List.of("klarna.klarna"))))
                .extracting(Account::accountId).contains(aid);
    }

    @Test
    void aSecondSignupWhilePendingIsAConflictUnlessForced() {
        String aid = freshAccount("Bambora");
        ApiClient sub = client().actingOn(aid);
        BamboraPayFacSignup signup = new BamboraPayFacSignup(null, null, null, options("bambora.creditcard"), 5812);
        BamboraConnection first = sub.connections().bambora().startPayFacSignup(aid, signup);
        assertThat(first.status()).isEqualTo(ConnectionStatus.PENDING);
        assertThat(first.submerchantSignups()).hasSize(1);

        assertThatThrownBy(() -> sub.connections().bambora().startPayFacSignup(aid, signup))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
        BamboraConnection forced = sub.connections().bambora().startPayFacSignup(aid, signup, true);
        assertThat(forced.submerchantSignups()).hasSize(2);

        assertThat(SANDBOX.backdoor().decide(aid, "bambora", "enabled").status()).isEqualTo(200);
        BamboraConnection enabled = sub.connections().bambora().get(aid);
        assertThat(enabled.status()).isEqualTo(ConnectionStatus.ENABLED);
        assertThat(enabled.configuration().merchantNumber()).isNotBlank();
        assertThat(enabled.configuration().paymentOptions()).extracting(PaymentOption::type)
                .contains("bambora.creditcard");
    }

    @Test
    void aDeclinedVippsPspSignupHasNoConfigurationAndMaySignUpAgain() {
        String aid = freshAccount("Psp");
        ApiClient sub = client().actingOn(aid);
        VippsPspSignup signup = new VippsPspSignup(UUID.randomUUID().toString(), options("dintero.vipps"), null);
        sub.connections().vippsPsp().startSignup(aid, signup);

        assertThat(SANDBOX.backdoor().decide(aid, "vipps-psp", "declined").status()).isEqualTo(200);
        ConnectionDetails<VippsPspSignup, VippsPspConfiguration> declined = sub.connections().vippsPsp().get(aid);
        assertThat(declined.status()).isEqualTo(ConnectionStatus.DECLINED);
        assertThat(declined.configuration()).isNull();
        // Deciding again is refused: only a pending connection can be decided.
        assertThat(SANDBOX.backdoor().decide(aid, "vipps-psp", "enabled").status()).isEqualTo(409);

        assertThat(sub.connections().vippsPsp().startSignup(aid, signup).status()).isEqualTo(ConnectionStatus.PENDING);
        assertThat(SANDBOX.backdoor().decide(aid, "vipps_psp", "enabled").status()).isEqualTo(200);
        VippsPspConfiguration configuration = sub.connections().vippsPsp().get(aid).configuration();
        assertThat(configuration.merchantSerialNumber()).isNotBlank();
        assertThat(configuration.paymentOptions()).extracting(PaymentOption::type).containsExactly("dintero.vipps");
    }

    @Test
    void swishIsEnabledByTheProvidersCallbackWithItsNumberAndTakesAStoreOverride() {
        String aid = freshAccount("Swish");
        ApiClient sub = client().actingOn(aid);
        ConnectionDetails<SwishSignup, SwishConfiguration> pending = sub.connections().swish().startSignup(aid,
                new SwishSignup("Swish AS", "Swish AS", "5561234567", "SEB", "50000000001", "https://swish.example",
                        options("swish.swish")));
        assertThat(pending.status()).isEqualTo(ConnectionStatus.PENDING);
        assertThat(pending.signup().businessName()).isEqualTo("Swish AS");

        sub.connections().swish().completeSignup(aid, "ref-" + aid, new SwishCallback("1231181189", null, null, null,
                null, options("swish.swish")));

        ConnectionDetails<SwishSignup, SwishConfiguration> enabled = sub.connections().swish().get(aid);
        assertThat(enabled.status()).isEqualTo(ConnectionStatus.ENABLED);
        assertThat(enabled.configuration().swishNumber()).isEqualTo("1231181189");

        sub.connections().swish().addOverride(aid, "store-1", new SwishOverrideCredentials("1239999999"));
        assertThat(client().accounts().get(aid).connections().get("swish").configuration().toString())
                .doesNotContain("1239999999");
    }

    @Test
    void vippsHandsOutASignupLinkAndIsEnabledByItsCallback() {
        String aid = freshAccount("Vipps");
        ApiClient sub = client().actingOn(aid);
        ConnectionDetails<VippsSignup, VippsConfiguration> pending = sub.connections().vipps().startSignup(aid);
        assertThat(pending.status()).isEqualTo(ConnectionStatus.PENDING);
        assertThat(pending.signup().url()).startsWith("http");
        String signupId = pending.signup().id();
        assertThat(signupId).isNotBlank();

        sub.connections().vipps().completeSignup(aid, signupId, new VippsCallback(signupId, "987654321", "Vipps AS",
                "2024-01-01T00:00:00Z", "123456", "client-1", "secret-1",
                List.of(new VippsCallback.SubscriptionKey("ecom", "key-1"))));

        ConnectionDetails<VippsSignup, VippsConfiguration> enabled = sub.connections().vipps().get(aid);
        assertThat(enabled.status()).isEqualTo(ConnectionStatus.ENABLED);
        assertThat(enabled.configuration().merchantSerialNumber()).isEqualTo("123456");
    }

    @Test
    void aFailedVippsSignupIsRestartedWithPut() {
        String aid = freshAccount("Restart");
        ApiClient sub = client().actingOn(aid);
        sub.connections().vipps().startSignup(aid);
        assertThat(SANDBOX.backdoor().decide(aid, "vipps", "failed").status()).isEqualTo(200);
        assertThat(sub.connections().vipps().get(aid).status()).isEqualTo(ConnectionStatus.FAILED);

        ConnectionDetails<VippsSignup, VippsConfiguration> again = sub.connections().vipps().restartSignup(aid);
        assertThat(again.status()).isEqualTo(ConnectionStatus.PENDING);
    }

    @Test
    void payExCreditcardAndVisaTokensFollowTheirDecisions() {
        String aid = freshAccount("PayEx");
        ApiClient sub = client().actingOn(aid);
        sub.connections().payEx().startSignup(aid, PayExApi.CREDITCARD, new PayExSignup("PayEx AS", "PayEx AS",
                "987654321", null, null, "DNB", "12345678903", "https://payex.example", options("payex.creditcard")));
        assertThat(SANDBOX.backdoor().decide(aid, "payex", "enabled").status()).isEqualTo(200);
        ConnectionDetails<PayExSignup, PayExConfiguration> payEx = sub.connections().payEx().get(aid, PayExApi.CREDITCARD);
        assertThat(payEx.status()).isEqualTo(ConnectionStatus.ENABLED);
        assertThat(payEx.configuration().payeeId()).isNotBlank();

        sub.connections().visaTokens().startSignup(aid, new VisaTokensSignup(UUID.randomUUID().toString()));
        assertThat(SANDBOX.backdoor().decide(aid, "visa-tokens", "enabled").status()).isEqualTo(200);
        assertThat(sub.connections().visaTokens().get(aid).status()).isEqualTo(ConnectionStatus.ENABLED);
    }

    @Test
    void instabankIsEnabledByItsCallbackAndCommonSignupsHaveALink() {
        String aid = freshAccount("Instabank");
        ApiClient sub = client().actingOn(aid);
        sub.connections().instabank().startSignup(aid, new InstabankSignup("post@instabank.example", "+4791234567",
                "1000", "500000", "100", "50000", "retail", "12345678903", options("instabank.invoice"), null, null));
        sub.connections().instabank().completeSignup(aid, "ref-" + aid, new InstabankCallback("987654321"));
        assertThat(sub.connections().instabank().get(aid).status()).isEqualTo(ConnectionStatus.ENABLED);

        ConnectionDetails<CommonSignup, JsonNode> common = sub.connections().common().startSignup(aid,
                new CommonSignup(options("dintero.vipps"), List.of("online"), "Checkout 195 NOK/month", null, null,
                        null, null, null, null, null, null, null));
        assertThat(common.status()).isEqualTo(ConnectionStatus.PENDING);
        assertThat(common.signup().storeType()).containsExactly("online");
        assertThat(sub.connections().common().link(aid).ref()).isNotBlank();
    }

    @Test
    void applePayFollowsTheDecision() {
        String aid = freshAccount("Apple");
        ApiClient sub = client().actingOn(aid);
        sub.connections().applePay().startSignup(aid, new ApplePaySignup(null, "apple-" + aid, "Apple Butikk",
                options("dintero.applepay")));
        assertThat(SANDBOX.backdoor().decide(aid, "applepay", "enabled").status()).isEqualTo(200);
        ConnectionDetails<ApplePaySignup, ApplePayConfiguration> enabled = sub.connections().applePay().get(aid);
        assertThat(enabled.status()).isEqualTo(ConnectionStatus.ENABLED);
        assertThat(enabled.signups()).extracting(ApplePaySignup::partnerMerchantName).containsExactly("Apple Butikk");
        assertThat(enabled.configuration()).isNotNull();
    }

    @Test
    void thePartnersOwnTokenDoesNotReachASubAccountsConnections() {
        String aid = freshAccount("Guarded");
        assertThatThrownBy(() -> client().connections().klarna().get(aid)).isInstanceOf(ApiException.Forbidden.class);
    }
}
