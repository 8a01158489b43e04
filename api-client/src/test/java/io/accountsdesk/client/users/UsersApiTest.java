package io.accountsdesk.client.users;

import static io.accountsdesk.client.MockApi.body;
import static io.accountsdesk.client.MockApi.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.client.MockApi;
import io.accountsdesk.client.http.InvalidParameterException;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the users area puts on the wire. The sandbox does not serve these paths yet, so a MockWebServer stands in and
 * the tests look at the requests it received.
 */
class UsersApiTest {

    private static final String OID = "T12345678";
    private static final String USER_JSON = """
            {"id":"u-1","email":"kari@example.com","name":"Kari","authentication_type":"external",
             "roles":[{"id":"r-1","name":"order support","scope":["admin:shopping"]}],
             "configuration":{"mfa":{"sms":{"enabled":false},"totp":{"enabled":true}}}}
            """;

    private final MockApi api = new MockApi();
    private final UsersApi users = new UsersApi(api.transport, OID);

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void listAsksForRolesOnlyWhenExpanded() throws Exception {
        api.answer("[" + USER_JSON + "]");
        api.answer("[]");

        List<AccountUser> expanded = users.list(true);
        List<AccountUser> plain = users.list();

        RecordedRequest first = api.take();
        assertThat(first.getMethod()).isEqualTo("GET");
        assertThat(first.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/management/users");
        assertThat(first.getUrl().queryParameterValues("expand")).containsExactly("roles");
        assertThat(api.take().getUrl().query()).isNull();

        AccountUser user = expanded.get(0);
        assertThat(user.authenticationType()).isEqualTo(AuthenticationType.EXTERNAL);
        assertThat(user.roles()).extracting(UserRole::name).containsExactly("order support");
        assertThat(user.configuration().mfa().anyEnabled()).isTrue();
        assertThat(plain).isEmpty();
    }

    @Test
    void updateSendsOnlyTheFieldsItSetsToTheUsersOwnSegment() throws Exception {
        api.answer(USER_JSON);

        AccountUser updated = users.update("auth0|abc/def", new AccountUserUpdate("Kari Nordmann", null,
                List.of(new UserRole.Ref("r-1")), null), false);

        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("PUT");
        // A slash in a user id stays inside its segment instead of walking to another path.
        assertThat(request.getUrl().encodedPath())
                .isEqualTo("/v1/accounts/T12345678/management/users/auth0%7Cabc%2Fdef");
        JsonNode body = body(request);
        assertThat(body.fieldNames()).toIterable().containsExactly("name", "roles");
        assertThat(body.at("/roles/0/id").asText()).isEqualTo("r-1");
        assertThat(updated.id()).isEqualTo("u-1");
    }

    @Test
    void aUserIdLongerThanTheSeedAllowsFailsBeforeAnyRequest() {
        assertThatThrownBy(() -> users.delete("u".repeat(256), false))
                .isInstanceOf(InvalidParameterException.class)
                .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo("uid");
        assertThat(api.server.getRequestCount()).isZero();
    }

    @Test
    void deleteAndActivitiesAddressTheUser() throws Exception {
        api.answer(USER_JSON);
        api.answer("""
                [{"id":"a-1","created_at":"2024-05-01T10:00:00Z","action":"auth.token","actor":"u-1",
                  "context":{"ip":"93.184.216.34","user_agent":"Mozilla/5.0"}}]""");

        AccountUser removed = users.delete("u-1", true);
        List<UserActivity> activities = users.activities("u-1");

        RecordedRequest delete = api.take();
        assertThat(delete.getMethod()).isEqualTo("DELETE");
        assertThat(delete.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/management/users/u-1");
        assertThat(delete.getUrl().queryParameter("expand")).isEqualTo("roles");
        assertThat(api.take().getUrl().encodedPath())
                .isEqualTo("/v1/accounts/T12345678/management/users/u-1/activities");
        assertThat(removed.email()).isEqualTo("kari@example.com");
        assertThat(activities.get(0).context().ip()).isEqualTo("93.184.216.34");
    }

    @Test
    void profileAndPasswordUseTheSignedInUsersPaths() throws Exception {
        api.answer("""
                {"id":"u-1","accounts":[{"account_id":"T12345678","business_name":"TKP AS","display_name":" ",
                  "icon_url":"https://example.com/i.png","user":{"scope":["receipts:write"]}}]}""");
        api.answer(204, null);

        UserProfile profile = users.profile();
        users.changePassword(new PasswordChange("old-secret", "new-secret"));

        assertThat(api.take().getUrl().encodedPath()).isEqualTo("/v1/account/user");
        RecordedRequest password = api.take();
        assertThat(password.getMethod()).isEqualTo("POST");
        assertThat(password.getUrl().encodedPath()).isEqualTo("/v1/account/user/password");
        JsonNode body = body(password);
        // Write-only values are redacted when printed, but must still be sent.
        assertThat(body.get("previous_password").asText()).isEqualTo("old-secret");
        assertThat(body.get("proposed_password").asText()).isEqualTo("new-secret");
        // A blank display name falls back to the legal name.
        assertThat(profile.accounts().get(0).name()).isEqualTo("TKP AS");
        assertThat(profile.accounts().get(0).iconUrl()).isEqualTo("https://example.com/i.png");
    }

    @Test
    void smsMfaIsCheckedBeforeSending() throws Exception {
        assertThatThrownBy(() -> users.updateSmsMfa(new SmsMfaUpdate(null, true)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("mobile number");
        assertThatThrownBy(() -> users.updateSmsMfa(new SmsMfaUpdate("+47 912 34 567", true)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("+47 912 34 567");
        assertThatThrownBy(() -> users.updateSmsMfa(new SmsMfaUpdate("+4791234567", null)))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(api.server.getRequestCount()).isZero();

        api.answer(204, null);
        api.answer(204, null);
        users.updateSmsMfa(SmsMfaUpdate.enable("+4791234567"));
        users.updateSmsMfa(SmsMfaUpdate.disable());

        RecordedRequest enable = api.take();
        assertThat(enable.getMethod()).isEqualTo("PUT");
        assertThat(enable.getUrl().encodedPath()).isEqualTo("/v1/account/user/mfa/sms");
        assertThat(body(enable)).isEqualTo(parse("{\"phone_number\":\"+4791234567\",\"enabled\":true}"));
        assertThat(body(api.take())).isEqualTo(parse("{\"enabled\":false}"));
    }

    @Test
    void smsNumberEdgesFollowTheSeedPattern() {
        assertThat(SmsMfaUpdate.enable("12345").phoneNumber()).isEqualTo("12345");
        assertThat(SmsMfaUpdate.enable("+123456789012345").phoneNumber()).isEqualTo("+123456789012345");
        assertThatThrownBy(() -> SmsMfaUpdate.enable("1234")).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> SmsMfaUpdate.enable("1234567890123456")).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> SmsMfaUpdate.enable("++4791234567")).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void totpSendsTheCodeToItsPath() throws Exception {
        api.answer(204, null);

        users.updateTotpMfa(TotpMfaUpdate.enable(" 123456 "));

        RecordedRequest request = api.take();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/account/user/mfa/totp");
        assertThat(body(request)).isEqualTo(parse("{\"user_code\":\"123456\",\"enabled\":true}"));
        assertThatThrownBy(() -> TotpMfaUpdate.enable(" ")).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void associatingTotpSendsNoCodeAndReadsTheSecretWithoutPrintingIt() throws Exception {
        api.answer(200, """
                {"authenticator_type":"otp","secret":"JBSWY3DPEHPK3PXP",
                 "barcode_uri":"otpauth://totp/Dintero:kari?secret=JBSWY3DPEHPK3PXP&issuer=Dintero"}
                """);

        TotpAssociation association = users.associateTotp();

        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/account/user/mfa/totp");
        assertThat(body(request)).isEqualTo(parse("{\"enabled\":true}"));
        assertThat(association.secret()).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThat(association.barcodeUri()).startsWith("otpauth://totp/");
        assertThat(association.toString()).doesNotContain("JBSWY3DPEHPK3PXP");
    }

    @Test
    void createSendsTheNewUserAndReadsTheCreatedOne() throws Exception {
        api.answer(USER_JSON);

        AccountUser created = users.create(new NewAccountUser("kari@example.com", "Kari", List.of("receipts:write"),
                AuthenticationType.EXTERNAL, null, null), false);

        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/management/users");
        assertThat(body(request)).isEqualTo(parse("""
                {"email":"kari@example.com","name":"Kari","scope":["receipts:write"],
                 "authentication_type":"external"}"""));
        assertThat(created.name()).isEqualTo("Kari");
    }
}
