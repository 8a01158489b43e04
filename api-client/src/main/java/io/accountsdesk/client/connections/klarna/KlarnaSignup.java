package io.accountsdesk.client.connections.klarna;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A Klarna signup ({@code KlarnaConnectionSignup}).
 *
 * @param caseId       the customer-due-diligence case the signup belongs to
 * @param pricePackage Klarna's price package, such as {@code EU_DINTERO_PP001}
 * @param mcc          the merchant category code
 * @param createdAt    set by the server
 * @param callbackAt   set by the server when Klarna called back
 */
public record KlarnaSignup(
        @JsonProperty("case_id") String caseId,
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("price_package") String pricePackage,
        @JsonProperty("mcc") Integer mcc,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("callback_at") OffsetDateTime callbackAt) {

    /** A new signup to send; the server fills in the timestamps. */
    public KlarnaSignup(String caseId, List<PaymentOption> paymentOptions, String pricePackage, Integer mcc) {
        this(caseId, paymentOptions, pricePackage, mcc, null, null);
    }
}
