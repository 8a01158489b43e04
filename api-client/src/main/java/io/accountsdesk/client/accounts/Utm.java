package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The campaign codes the applicant arrived with. */
public record Utm(
        @JsonProperty("utm_source") String source,
        @JsonProperty("utm_medium") String medium,
        @JsonProperty("utm_campaign") String campaign,
        @JsonProperty("utm_term") String term,
        @JsonProperty("utm_content") String content) {
}
