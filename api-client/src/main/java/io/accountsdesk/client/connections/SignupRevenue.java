package io.accountsdesk.client.connections;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the merchant expects to sell, as ranges the applicant picks (the seed shows them as text such as
 * {@code "100.000-250.000 NOK"}, so they stay text).
 *
 * @param estimatedPercentagePerPaymentType the expected share of each payment type (Common signup only)
 */
public record SignupRevenue(
        @JsonProperty("currency") String currency,
        @JsonProperty("yearly_revenue") String yearlyRevenue,
        @JsonProperty("highest_transaction_amount") String highestTransactionAmount,
        @JsonProperty("average_amount") String averageAmount,
        @JsonProperty("accept_prepaid") Boolean acceptPrepaid,
        @JsonProperty("subscriptions_or_memberships") Boolean subscriptionsOrMemberships,
        @JsonProperty("gift_cards") Boolean giftCards,
        @JsonProperty("estimated_percentage_per_payment_type") List<PaymentTypeShare> estimatedPercentagePerPaymentType) {

    /** The share of payments one payment type is expected to take, in percent. */
    public record PaymentTypeShare(
            @JsonProperty("percentage") BigDecimal percentage,
            @JsonProperty("type") String type) {
    }
}
