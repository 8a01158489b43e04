package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The part of {@link AccountStatistics} a partner may send: the metrics; capture figures are the server's. */
public record AccountStatisticsInput(@JsonProperty("metrics") StatisticsMetrics metrics) {
}
