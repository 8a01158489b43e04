package io.accountsdesk.client.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.http.InvalidParameterException;

/**
 * Turns the signed-in user's authenticator-app (TOTP) second factor on or off.
 *
 * @param userCode the one-time code the user's app computes from the secret handed out when TOTP was associated;
 *                 write-only, and never printed by {@link #toString()}
 * @param enabled  required
 */
public record TotpMfaUpdate(
        @JsonProperty("user_code") String userCode,
        @JsonProperty("enabled") Boolean enabled) {

    /** Turns TOTP on, proving the app is set up with a code it shows now. */
    public static TotpMfaUpdate enable(String userCode) {
        if (userCode == null || userCode.isBlank()) {
            throw new InvalidParameterException("user_code", "Enter the code your authenticator app shows.");
        }
        return new TotpMfaUpdate(userCode.strip(), true);
    }

    public static TotpMfaUpdate disable() {
        return new TotpMfaUpdate(null, false);
    }

    /** A one-time code is a credential while it is valid: keep it out of logs and exception messages. */
    @Override
    public String toString() {
        return "TotpMfaUpdate[enabled=" + enabled + ", userCode=" + (userCode == null ? "null" : "<redacted>") + "]";
    }
}
