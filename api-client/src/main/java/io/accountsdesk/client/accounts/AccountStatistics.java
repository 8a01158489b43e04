package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Figures the server keeps about the account: captured volume per period and a few activity timestamps. */
public record AccountStatistics(
        @JsonProperty("checkout_captures") List<CaptureStatistic> checkoutCaptures,
        @JsonProperty("metrics") StatisticsMetrics metrics) {
}
