package io.accountsdesk.client.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * Which second factors a user has turned on, as the profile and the user list report them.
 *
 * @param sms  one-time codes by text message
 * @param totp codes from an authenticator app
 */
public record MfaStatus(
        @JsonProperty("sms") Method sms,
        @JsonProperty("totp") Method totp) {

    /** Whether one second factor is on, and when that last changed. */
    public record Method(
            @JsonProperty("updated_at") OffsetDateTime updatedAt,
            @JsonProperty("enabled") Boolean enabled) {
    }

    /** The user's {@code configuration} object; it holds only {@code mfa} in the seed. */
    public record Configuration(@JsonProperty("mfa") MfaStatus mfa) {
    }

    /** Whether any second factor is on; {@code false} when the server did not say. */
    public boolean anyEnabled() {
        return on(sms) || on(totp);
    }

    private static boolean on(Method method) {
        return method != null && Boolean.TRUE.equals(method.enabled());
    }
}
