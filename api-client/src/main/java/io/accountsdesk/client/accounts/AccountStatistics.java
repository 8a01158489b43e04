package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

public record AccountStatistics(
        @JsonProperty("checkout_captures") List<CaptureStatistic> checkoutCaptures) {

    public AccountStatistics {
        checkoutCaptures = checkoutCaptures == null ? List.of() : List.copyOf(checkoutCaptures);
    }
}
