package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The account's subscription plan ({@code interval} {@code month}, {@code plan} {@code transaction_fee}…). The seed
 * gives these values only as examples, so they stay strings. {@code metadata} is free-form key/values.
 */
public record Subscription(
        @JsonProperty("interval") String interval,
        @JsonProperty("plan") String plan,
        @JsonProperty("support") String support,
        @JsonProperty("metadata") Map<String, Object> metadata) {
}
