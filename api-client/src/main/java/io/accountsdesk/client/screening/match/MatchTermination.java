package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * Why and when the merchant agreement ended.
 *
 * @param terminationReason MATCH's two-digit reason code, e.g. {@code "13"}. The seed's changelog mentions an enum for
 *                          it but the seed does not list the values, so it stays a string.
 */
public record MatchTermination(
        @JsonProperty("termination_reason") String terminationReason,
        @JsonProperty("agreement_start_date") LocalDate agreementStartDate,
        @JsonProperty("agreement_termination_date") LocalDate agreementTerminationDate,
        @JsonProperty("comment") String comment) {
}
