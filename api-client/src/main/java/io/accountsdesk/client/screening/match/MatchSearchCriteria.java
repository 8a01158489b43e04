package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Where MATCH should look (the seed's {@code MatchRequestSearchCriteria}). The seed gives examples, not a list of
 * allowed values, so these stay strings.
 *
 * @param searchAll whether to search worldwide; MATCH itself uses {@code "Y"} / {@code "N"}
 * @param region    MATCH region codes, e.g. {@code "1"} (U.S.), {@code "A"} (Canada), {@code "D"} (Europe)
 * @param country   ISO 3166 alpha-3 country codes, e.g. {@code "NOR"}
 */
public record MatchSearchCriteria(
        @JsonProperty("search_all") String searchAll,
        @JsonProperty("region") List<String> region,
        @JsonProperty("country") List<String> country) {
}
