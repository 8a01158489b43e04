package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The search criteria stored with a MATCH record. The snake_case aliases for {@code Region} and {@code Country} keep
 * the singular names the request's {@code search_criteria} already uses.
 *
 * @param minPossibleMatchCount a numeric string in the seed ({@code "3"}), kept as sent
 */
public record MatchedSearchCriteria(
        @JsonProperty("SearchAll") @JsonAlias("search_all") String searchAll,
        @JsonProperty("Region") @JsonAlias("region") List<String> region,
        @JsonProperty("Country") @JsonAlias("country") List<String> country,
        @JsonProperty("MinPossibleMatchCount") @JsonAlias("min_possible_match_count") String minPossibleMatchCount) {
}
