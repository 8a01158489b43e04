package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Captured checkout volume for one period ({@code 2023-09} monthly, {@code 2023-W33} weekly). */
public record CaptureStatistic(
        @JsonProperty("type") String type,
        @JsonProperty("periode") String period,
        @JsonProperty("currency") String currency,
        @JsonProperty("volume") Long volume,
        @JsonProperty("count") Long count) {
}
