package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A MATCH record's web addresses, grouped by how closely each matches the searched merchant's. */
public record UrlGroup(
        @JsonProperty("ExactMatchUrls") @JsonAlias("exact_match_urls") UrlList exactMatchUrls,
        @JsonProperty("CloseMatchUrls") @JsonAlias("close_match_urls") UrlList closeMatchUrls,
        @JsonProperty("NoMatchUrls") @JsonAlias("no_match_urls") UrlList noMatchUrls) {
}
