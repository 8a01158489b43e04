package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.http.Redacted;
import java.time.LocalDate;
import java.util.Set;

/**
 * An owner (principal) of the merchant being searched for or reported.
 *
 * <p>{@code email}, {@code phone_number} and {@code date_of_birth} are not in the seed; Dintero's current docs show
 * them on principals (see ENDPOINTS.md #118). They are optional and only sent when set.
 */
public record MatchPrincipal(
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("address") MatchAddress address,
        @JsonProperty("email") String email,
        @JsonProperty("phone_number") String phoneNumber,
        @JsonProperty("date_of_birth") LocalDate dateOfBirth) {

    /** A principal as the seed's examples give one: name and address. */
    public MatchPrincipal(String firstName, String lastName, MatchAddress address) {
        this(firstName, lastName, address, null, null, null);
    }

    /** The date of birth identifies the person, so it never reaches a log line. */
    @Override
    public String toString() {
        return Redacted.toString(this, "dateOfBirth");
    }
}
