package io.accountsdesk.client.connections.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the company does.
 *
 * @param industry        such as {@code goods} (not enumerated in the seed)
 * @param companyCategory such as {@code 4722}
 * @param mcc             the merchant category code with its descriptions
 */
public record CompanyInformation(
        @JsonProperty("industry") String industry,
        @JsonProperty("company_category") String companyCategory,
        @JsonProperty("mcc") MerchantCategory mcc,
        @JsonProperty("company_description") String companyDescription) {

    /** A merchant category code as the card schemes and Stripe describe it. */
    public record MerchantCategory(
            @JsonProperty("mcc") String mcc,
            @JsonProperty("range") Range range,
            @JsonProperty("iso_description") String isoDescription,
            @JsonProperty("usda_description") String usdaDescription,
            @JsonProperty("stripe_description") String stripeDescription,
            @JsonProperty("stripe_code") String stripeCode,
            @JsonProperty("visa_description") String visaDescription,
            @JsonProperty("visa_req_clearing_name") String visaReqClearingName) {
    }

    /** The range of codes the category belongs to. */
    public record Range(
            @JsonProperty("start") String start,
            @JsonProperty("end") String end,
            @JsonProperty("description") String description,
            @JsonProperty("reserved") Boolean reserved) {
    }
}
