package io.accountsdesk.client.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountsdesk.client.json.Json;
import org.junit.jupiter.api.Test;

class UserModelsTest {

    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void passwordsNeverAppearWhenPrinted() {
        PasswordChange change = new PasswordChange("Hunter2-old", "Hunter2-new");

        assertThat(change.toString()).doesNotContain("Hunter2").contains("<redacted>");
        assertThat(String.valueOf(java.util.List.of(change))).doesNotContain("Hunter2");
    }

    @Test
    void passwordsAreRequired() {
        assertThatThrownBy(() -> new PasswordChange(null, "new")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PasswordChange("old", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void totpCodesNeverAppearWhenPrinted() throws Exception {
        TotpMfaUpdate update = TotpMfaUpdate.enable("493817");

        assertThat(update.toString()).doesNotContain("493817").contains("enabled=true");
        assertThat(TotpMfaUpdate.disable().toString()).contains("userCode=null");
        // ...but the code is what the server needs, so it is written.
        assertThat(mapper.writeValueAsString(update)).contains("\"user_code\":\"493817\"");
    }

    @Test
    void anUnknownAuthenticationTypeIsKept() throws Exception {
        AccountUser user = mapper.readValue("{\"authentication_type\":\"saml\"}", AccountUser.class);

        assertThat(user.authenticationType().value()).isEqualTo("saml");
        assertThat(user.authenticationType().isKnown()).isFalse();
        assertThat(AuthenticationType.EXTERNAL.isKnown()).isTrue();
        assertThat(mapper.writeValueAsString(user)).isEqualTo("{\"authentication_type\":\"saml\"}");
    }

    @Test
    void mfaIsOffUnlessTheServerSaysOn() throws Exception {
        assertThat(mapper.readValue("{}", MfaStatus.class).anyEnabled()).isFalse();
        assertThat(mapper.readValue("{\"sms\":{\"enabled\":false},\"totp\":{}}", MfaStatus.class).anyEnabled())
                .isFalse();
        assertThat(mapper.readValue("{\"sms\":{\"enabled\":true}}", MfaStatus.class).anyEnabled()).isTrue();
    }
}
