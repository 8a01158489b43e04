package io.accountsdesk.client.pricing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** What a price applies to, e.g. {@code currency} in {@code NOK, SEK}. */
public record PriceDimension(
        @JsonProperty("name") String name,
        @JsonProperty("values") List<String> values) {
}
