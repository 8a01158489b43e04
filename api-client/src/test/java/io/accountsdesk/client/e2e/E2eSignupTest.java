package io.accountsdesk.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.AccountManager;
import io.accountsdesk.client.accounts.Address;
import io.accountsdesk.client.accounts.ApplicantInput;
import io.accountsdesk.client.accounts.SaleChannel;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.settings.AccountSettings;
import io.accountsdesk.client.signup.AcceptedPrefill;
import io.accountsdesk.client.signup.NewPrefill;
import io.accountsdesk.client.signup.Prefill;
import io.accountsdesk.client.signup.SignupApplication;
import io.accountsdesk.client.signup.SignupTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Signing up under the partner: own signup verified with the code from the outbox, and pre-filled forms. */
class E2eSignupTest {

    @RegisterExtension
    static final E2eSandbox SANDBOX = new E2eSandbox(1);

    private static ApiClient client() {
        return SANDBOX.client();
    }

    private static AccountCompany company(String name) {
        return new AccountCompany(name, null, "923456789", null, null, null,
                new Address("Bryggen 3", null, "5003", "Bergen", "NO"), null, null, null, null, null, null, null);
    }

    @Test
    void anOwnSignupBecomesAnAccountOnceTheEmailedCodeIsVerified() {
        String email = "eva@selv.example";
        client().signup().signup(new SignupApplication(ApplicantInput.of("Eva", "Selv", email, "+4790000001"),
                company("Selv Registrert AS"), null, null, null));
        String code = SANDBOX.backdoor().latestCode(email, "signup_verification");

        SignupTokens tokens = client().signup().verify(code, true);
        assertThat(tokens.accountId()).matches("^" + SANDBOX.partner().charAt(0) + "\\d{8}$");
        assertThat(tokens.email()).isEqualTo(email);
        assertThat(tokens.accessToken()).isNotBlank();

        Account account = client().accounts().get(tokens.accountId());
        assertThat(account.company().businessName()).isEqualTo("Selv Registrert AS");
        assertThat(account.saleChannel()).isEqualTo(SaleChannel.INBOUND);
        assertThat(SANDBOX.backdoor().outbox(email)).anySatisfy(m ->
                assertThat(m.path("purpose").asText()).isEqualTo("signup_welcome"));
        // The code works once.
        assertThatThrownBy(() -> client().signup().verify(code, false)).isInstanceOf(ApiException.class);
    }

    @Test
    void aWrongCodeCreatesNothing() {
        assertThatThrownBy(() -> client().signup().verify("000000", false))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isBetween(400, 404));
    }

    @Test
    void aPrefilledFormIsReadAcceptedOnceAndBecomesAnAccount() {
        String email = "per@forhand.example";
        NewPrefill form = new NewPrefill(null, ApplicantInput.of("Per", "Forhand", email, null),
                company("Forhand Utfylt AS"), new AccountBilling("Forhand Utfylt AS", "923456789", null,
                "faktura@forhand.example", null, null), new AccountManager("manager@dintero.com"));
        Prefill created = client().signup().createPrefill(form);
        assertThat(created.prefillId()).isNotBlank();
        assertThat(created.company().businessName()).isEqualTo("Forhand Utfylt AS");
        assertThat(SANDBOX.backdoor().outbox(email)).anySatisfy(m ->
                assertThat(m.path("purpose").asText()).isEqualTo("signup_prefill"));

        Prefill read = client().signup().getPrefill(created.prefillId());
        assertThat(read).isEqualTo(created);

        AcceptedPrefill accepted = client().signup().acceptPrefill(created.prefillId(), NewPrefill.from(read), true);
        assertThat(accepted.accountId()).isNotBlank();
        assertThat(accepted.tokens().accessToken()).isNotBlank();
        Account account = client().accounts().get(accepted.accountId());
        assertThat(account.saleChannel()).isEqualTo(SaleChannel.PARTNER);
        AccountSettings own = client().actingOn(accepted.accountId()).settings().get(accepted.accountId());
        assertThat(own.billing().email()).isEqualTo("faktura@forhand.example");

        assertThatThrownBy(() -> client().signup().acceptPrefill(created.prefillId(), NewPrefill.from(read), false))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> client().signup().getPrefill(created.prefillId()))
                .isInstanceOf(ApiException.NotFound.class);
    }
}
