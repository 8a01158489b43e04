package io.accountsdesk.client.pricing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A price of a product: its amounts, and the dimensions (currency, card issuer country…) it applies to.
 *
 * @param type how the amounts combine ({@code blend} in the seed's example, the only value it shows)
 */
public record ProductPrice(
        @JsonProperty("type") String type,
        @JsonProperty("amounts") List<PriceAmount> amounts,
        @JsonProperty("dimensions") List<PriceDimension> dimensions) {
}
