package io.accountsdesk.client.connections.applepay;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An Apple Pay signup ({@code ApplePayConnectionSignup}). The partner fields are camelCase in the API, unlike the
 * rest of the body.
 *
 * @param caseId                            the customer-due-diligence case the signup belongs to
 * @param partnerInternalMerchantIdentifier the merchant's id towards Apple
 * @param partnerMerchantName               the merchant's name towards Apple
 * @param createdAt                         set by the server
 */
public record ApplePaySignup(
        @JsonProperty("case_id") String caseId,
        @JsonProperty("partnerInternalMerchantIdentifier") String partnerInternalMerchantIdentifier,
        @JsonProperty("partnerMerchantName") String partnerMerchantName,
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("created_at") OffsetDateTime createdAt) {

    /** A new signup to send; the server fills in the timestamp. */
    public ApplePaySignup(String caseId, String partnerInternalMerchantIdentifier, String partnerMerchantName,
                          List<PaymentOption> paymentOptions) {
        this(caseId, partnerInternalMerchantIdentifier, partnerMerchantName, paymentOptions, null);
    }
}
