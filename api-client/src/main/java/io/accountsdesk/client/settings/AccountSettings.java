package io.accountsdesk.client.settings;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.AccountServices;
import io.accountsdesk.client.accounts.Applicant;
import io.accountsdesk.client.accounts.Connection;
import io.accountsdesk.client.accounts.Jwks;
import io.accountsdesk.client.accounts.Subscription;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * An account's own settings as the account itself sees them: the account without what only its partner manages
 * (progression, account manager, price package, statistics, approvals). The shared parts use the account models.
 */
public record AccountSettings(
        @JsonProperty("id") String id,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("deleted_by") String deletedBy,
        @JsonProperty("deleted_at") OffsetDateTime deletedAt,
        @JsonProperty("jwks") Jwks jwks,
        @JsonProperty("payment_case_status") String paymentCaseStatus,
        @JsonProperty("projected_sales") String projectedSales,
        @JsonProperty("average_transaction_value") String averageTransactionValue,
        @JsonProperty("merchant_category_code") String merchantCategoryCode,
        @JsonProperty("delivery_timeline") String deliveryTimeline,
        @JsonProperty("most_expensive_product_price") String mostExpensiveProductPrice,
        @JsonProperty("gift_card_revenue_percentage") String giftCardRevenuePercentage,
        @JsonProperty("credit_rating") String creditRating,
        @JsonProperty("prev_credit_rating") String prevCreditRating,
        @JsonProperty("currency") String currency,
        @JsonProperty("applicant") Applicant applicant,
        @JsonProperty("company") AccountCompany company,
        @JsonProperty("billing") AccountBilling billing,
        @JsonProperty("subscription") Subscription subscription,
        @JsonProperty("account_id") String accountId,
        @JsonProperty("partner_id") String partnerId,
        @JsonProperty("livemode") Boolean livemode,
        @JsonProperty("active") Boolean active,
        @JsonProperty("language_code") String languageCode,
        @JsonProperty("connections") Map<String, Connection> connections,
        @JsonProperty("services") AccountServices services) {
}
