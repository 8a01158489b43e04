package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The seed's {@code AccountCompany}: the account's legal entity, sent and received in the same shape. */
public record AccountCompany(
        @JsonProperty("business_name") String businessName,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("organization_number") String organizationNumber,
        @JsonProperty("industry") String industry,
        @JsonProperty("bank_name") String bankName,
        @JsonProperty("account_number") String accountNumber,
        @JsonProperty("address") Address address,
        @JsonProperty("email") String email,
        @JsonProperty("technical_email") String technicalEmail,
        @JsonProperty("phone_number") String phoneNumber,
        @JsonProperty("merchant_category_code") String merchantCategoryCode,
        @JsonProperty("average_transaction_value") String averageTransactionValue,
        @JsonProperty("most_expensive_product_price") String mostExpensiveProductPrice,
        @JsonProperty("projected_sales") String projectedSales) {
}
