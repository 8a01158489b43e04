package io.accountsdesk.client.connections;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the applicant confirmed about the merchant's web shop.
 *
 * @param paymentSiteUrl Common signup only
 * @param demoSiteUrl    Common signup only
 */
public record SignupVerifications(
        @JsonProperty("terms_and_conditions") Boolean termsAndConditions,
        @JsonProperty("terms_and_conditions_url") String termsAndConditionsUrl,
        @JsonProperty("contact_information") Boolean contactInformation,
        @JsonProperty("payment_site") Boolean paymentSite,
        @JsonProperty("payment_site_url") String paymentSiteUrl,
        @JsonProperty("demo_site_url") String demoSiteUrl,
        @JsonProperty("clear_pricing") Boolean clearPricing,
        @JsonProperty("payment_product_logos") Boolean paymentProductLogos) {
}
