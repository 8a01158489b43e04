package io.accountsdesk.client.authusers;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of updating a user: a new password, and optionally links and MFA.
 *
 * @param password required, at least 8 characters
 */
public record AuthUserUpdate(
        @JsonProperty("password") String password,
        @JsonProperty("links") List<AuthUserLink> links,
        @JsonProperty("mfa") AuthUserMfa mfa) {

    @Override
    public String toString() {
        return "AuthUserUpdate[links=" + links + ", mfa=" + mfa + ", password=<redacted>]";
    }
}
