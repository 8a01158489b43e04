package io.accountsdesk.client.authusers;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of creating a username/password user.
 *
 * @param username required, 1 to 255 characters
 * @param password required, at least 8 characters
 * @param links    required when {@code mfa} is set
 */
public record NewAuthUser(
        @JsonProperty("username") String username,
        @JsonProperty("links") List<AuthUserLink> links,
        @JsonProperty("mfa") AuthUserMfa mfa,
        @JsonProperty("password") String password) {

    @Override
    public String toString() {
        return "NewAuthUser[username=" + username + ", links=" + links + ", mfa=" + mfa + ", password=<redacted>]";
    }
}
