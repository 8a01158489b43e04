package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A partner's sub-account as the management API returns it (list, get, create, update and delete all answer with
 * this shape). Everything here is what the server reports; to change an account send a {@link NewAccount} or an
 * {@link AccountUpdate}.
 *
 * <p>The money-ish figures ({@code projected_sales}, {@code average_transaction_value}…) are strings in the seed and
 * stay strings: they are the merchant's own estimates as entered, not amounts to calculate with.
 */
public record Account(
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
        @JsonProperty("progression") Progression progression,
        @JsonProperty("reseller_id") String resellerId,
        @JsonProperty("account_manager") AccountManager accountManager,
        @JsonProperty("permissions") List<Permission> permissions,
        @JsonProperty("sale_channel") SaleChannel saleChannel,
        @JsonProperty("price_package") String pricePackage,
        @JsonProperty("statistics") AccountStatistics statistics,
        @JsonProperty("services") AccountServices services,
        @JsonProperty("connections") Map<String, Connection> connections,
        @JsonProperty("approvals_payments_statuses") Map<String, Integer> approvalsPaymentsStatuses,
        @JsonProperty("approvals_payout_destinations_statuses") Map<String, Integer> approvalsPayoutDestinationsStatuses) {

    public Account {
        connections = connections == null ? Map.of() : copy(connections);
    }

    /** Keeps the server's order, which is the order a person reading the raw JSON would see. */
    private static <V> Map<String, V> copy(Map<String, V> source) {
        Map<String, V> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> {
            if (value != null) {
                copy.put(key, value);
            }
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** The name to show: the display name when there is one, else the legal business name. */
    public String name() {
        if (company == null) {
            return null;
        }
        String display = company.displayName();
        return display != null && !display.isBlank() ? display : company.businessName();
    }

    /** The account's services by their API name, empty when the server sent none. */
    public Map<String, AccountService> servicesByName() {
        return services == null ? Map.of() : services.byName();
    }

    /** Connection name to status, for connections that report one. */
    public Map<String, ConnectionStatus> connectionStatuses() {
        Map<String, ConnectionStatus> statuses = new LinkedHashMap<>();
        connections.forEach((name, connection) -> {
            if (connection.status() != null) {
                statuses.put(name, connection.status());
            }
        });
        return statuses;
    }
}
