package io.accountsdesk.client.pricing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One amount of a price.
 *
 * @param flatAmount a fixed fee in the currency's minor unit ({@code 250})
 * @param unitAmount a rate, written by the API as a decimal string ({@code "0.025"} is 2.5%); kept as the text sent
 *                   so it goes back unchanged, see {@link #unitRate()}
 */
public record PriceAmount(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("flat_amount") Long flatAmount,
        @JsonProperty("unit_amount") String unitAmount) {

    /** {@code unit_amount} as a number, {@code null} when absent; throws when the server sent something else. */
    public BigDecimal unitRate() {
        return unitAmount == null ? null : new BigDecimal(unitAmount);
    }
}
