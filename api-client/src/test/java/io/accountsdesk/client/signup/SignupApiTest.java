package io.accountsdesk.client.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.ApplicantInput;
import io.accountsdesk.client.MockApi;
import io.accountsdesk.client.http.ApiException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SignupApiTest {

    private static final ApplicantInput APPLICANT = ApplicantInput.of("Kari", "Nordmann", "kari@example.com", null);
    private static final AccountCompany COMPANY = new AccountCompany("Fjord Kaffe AS", null, "987654321", null, null,
            null, null, null, null, null, null, null, null, null);
    private static final AccountBilling BILLING = new AccountBilling("Fjord Kaffe AS", null, null, null, null, null);
    private static final String TOKENS = "{\"account_id\":\"T12345678\",\"access_token\":\"at-secret\","
            + "\"refresh_token\":\"rt-secret\",\"previous_password_token\":\"pp-secret\",\"token_type\":\"Bearer\"}";

    private final MockApi api = new MockApi();
    private final SignupApi signup = new SignupApi(api.transport, "P123");

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void signupSendsTheApplicationAndExpectsNoBody() {
        api.answer(204, "");
        signup.signup(SignupApplication.of(APPLICANT));

        RecordedRequest request = api.take();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/accounts/P123/signup");
        assertThat(MockApi.body(request).toString()).isEqualTo("{\"applicant\":{\"first_name\":\"Kari\","
                + "\"last_name\":\"Nordmann\",\"email\":\"kari@example.com\"}}");
    }

    @Test
    void verifySendsTheCodeAsAQueryParameterAndAsksForTokensOnlyWhenTold() {
        api.answer(TOKENS).answer("{\"account_id\":\"T12345678\"}");
        SignupTokens withTokens = signup.verify(" 123456 ", true);
        SignupTokens without = signup.verify("654321", false);

        RecordedRequest first = api.take();
        assertThat(first.getMethod()).isEqualTo("POST");
        assertThat(first.getUrl().encodedPath()).isEqualTo("/v1/accounts/P123/signup/verify");
        assertThat(first.getUrl().queryParameter("verification_code")).isEqualTo("123456");
        assertThat(first.getUrl().queryParameter("authorize")).isEqualTo("Bearer");
        assertThat(first.getBodySize()).isZero();
        RecordedRequest second = api.take();
        assertThat(second.getUrl().queryParameterNames()).containsExactly("verification_code");
        assertThat(withTokens.accessToken()).isEqualTo("at-secret");
        assertThat(without.accessToken()).isNull();
        assertThatThrownBy(() -> signup.verify(" ", true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tokensNeverShowInPrintedRecords() throws Exception {
        SignupTokens tokens = MockApi.JSON.readValue(TOKENS, SignupTokens.class);
        AcceptedPrefill accepted = MockApi.JSON.readValue(TOKENS, AcceptedPrefill.class);
        for (String printed : new String[] {tokens.toString(), accepted.toString(),
                new SignupApplication.WallmobSignup("company", "pw-secret").toString()}) {
            assertThat(printed).doesNotContain("at-secret", "rt-secret", "pp-secret", "pw-secret");
        }
        assertThat(accepted.tokens()).isEqualTo(tokens);
    }

    @Test
    void prefillIsCreatedReadAndAcceptedUnderItsId() {
        String prefill = "{\"prefill_id\":\"pf-1\",\"applicant\":{\"first_name\":\"Kari\",\"agreement\":"
                + "{\"name\":\"Terms\",\"accepted_at\":\"2026-01-02T03:04:05Z\"}}}";
        api.answer(prefill).answer(prefill).answer(TOKENS.replace("{", "{\"prefill_id\":\"pf-1\","));
        Prefill created = signup.createPrefill(NewPrefill.of(APPLICANT, COMPANY, BILLING));
        Prefill read = signup.getPrefill(created.prefillId());
        AcceptedPrefill accepted = signup.acceptPrefill(read.prefillId(),
                NewPrefill.of(APPLICANT, COMPANY, BILLING), true);

        assertThat(api.take().getUrl().encodedPath()).isEqualTo("/v1/accounts/P123/signup/prefill");
        RecordedRequest get = api.take();
        assertThat(get.getMethod()).isEqualTo("GET");
        assertThat(get.getUrl().encodedPath()).isEqualTo("/v1/accounts/P123/signup/prefill/pf-1");
        RecordedRequest accept = api.take();
        assertThat(accept.getMethod()).isEqualTo("POST");
        assertThat(accept.getUrl().encodedPath()).isEqualTo("/v1/accounts/P123/signup/prefill/pf-1");
        assertThat(accept.getUrl().queryParameter("authorize")).isEqualTo("Bearer");
        assertThat(accepted.prefill().prefillId()).isEqualTo("pf-1");
        assertThat(accepted.tokens().accountId()).isEqualTo("T12345678");
        // Accepting the form as read sends the agreement back without the server's timestamp.
        assertThat(MockApi.JSON.valueToTree(NewPrefill.from(
                new Prefill(read.prefillId(), read.applicant(), COMPANY, BILLING, null))).at("/applicant/agreement")
                .toString()).isEqualTo("{\"name\":\"Terms\"}");
    }

    @Test
    void aPrefillIdIsOnePathSegment() {
        api.answer(404, "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"No such prefill\"}}");
        assertThatThrownBy(() -> signup.getPrefill("a/../b")).isInstanceOf(ApiException.NotFound.class);
        assertThat(api.take().getUrl().encodedPath()).isEqualTo("/v1/accounts/P123/signup/prefill/a%2F..%2Fb");
    }
}
