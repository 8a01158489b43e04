package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The account's activity metrics. The seed types them as plain strings (timestamps in practice), so they are kept as
 * sent rather than parsed.
 */
public record StatisticsMetrics(
        @JsonProperty("checkout:transaction:first_capture_at") String firstCaptureAt,
        @JsonProperty("checkout:transaction:last_capture_at") String lastCaptureAt) {
}
