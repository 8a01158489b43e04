package io.accountsdesk.client.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The signed-in user's current and new password. Both are required and write-only.
 */
public record PasswordChange(
        @JsonProperty("previous_password") String previousPassword,
        @JsonProperty("proposed_password") String proposedPassword) {

    public PasswordChange {
        Objects.requireNonNull(previousPassword, "previous_password");
        Objects.requireNonNull(proposedPassword, "proposed_password");
    }

    /** Passwords must never reach a log line or an exception message. */
    @Override
    public String toString() {
        return "PasswordChange[previousPassword=<redacted>, proposedPassword=<redacted>]";
    }
}
