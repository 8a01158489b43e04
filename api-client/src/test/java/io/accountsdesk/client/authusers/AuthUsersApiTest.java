package io.accountsdesk.client.authusers;

import static io.accountsdesk.client.MockApi.body;
import static io.accountsdesk.client.MockApi.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.MockApi;
import io.accountsdesk.client.auth.OobChannel;
import io.accountsdesk.client.http.InvalidParameterException;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthUsersApiTest {

    private static final String AID = "T12345678";
    private final MockApi api = new MockApi();
    private final AuthUsersApi users = new AuthUsersApi(api.transport);

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void creatingAUserWithMfaSendsLinksAndChannels() {
        api.answer(200, "{\"username\":\"ada\",\"mfa\":{\"challenge_type\":\"oob\",\"oob_channels\":[\"sms\"]}}");

        AuthUser created = users.create(AID, new NewAuthUser("ada", List.of(AuthUserLink.phone("+4799999999")),
                AuthUserMfa.oob(List.of(OobChannel.SMS)), "long enough"));

        assertThat(created.mfa().oobChannels()).containsExactly(OobChannel.SMS);
        RecordedRequest request = api.take();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/auth/users");
        assertThat(body(request)).isEqualTo(parse("{\"username\":\"ada\",\"password\":\"long enough\","
                + "\"links\":[{\"rel\":\"phone_number\",\"href\":\"tel:+4799999999\"}],"
                + "\"mfa\":{\"challenge_type\":\"oob\",\"oob_channels\":[\"sms\"]}}"));
    }

    @Test
    void aUsernameIsOnePathSegmentWhateverItContains() {
        api.answer(200, "{\"username\":\"ada/../admin x\"}");
        api.answer(200, "{\"username\":\"ada\"}");

        users.delete(AID, "ada/../admin x");
        users.changeUsername(AID, "ada/../admin x", "ada");

        assertThat(api.take().getUrl().encodedPath())
                .isEqualTo("/v1/accounts/T12345678/auth/users/ada%2F..%2Fadmin%20x");
        RecordedRequest rename = api.take();
        assertThat(rename.getUrl().encodedPath())
                .isEqualTo("/v1/accounts/T12345678/auth/users/ada%2F..%2Fadmin%20x/change_username");
        assertThat(body(rename)).isEqualTo(parse("{\"username\":\"ada\"}"));
    }

    @Test
    void badPathValuesFailBeforeAnythingIsSent() {
        assertThatThrownBy(() -> users.delete(AID, "a".repeat(256))).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> users.delete("T123", "ada")).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> users.update(AID, "", new AuthUserUpdate("long enough", null, null)))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(api.server.getRequestCount()).isZero();
    }
}
