package io.accountsdesk.client.connections.vippspsp;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A signup for Vipps through Dintero as payment service provider ({@code VippsPspConnectionSignup}).
 *
 * @param caseId    the customer-due-diligence case the signup belongs to
 * @param logo      the merchant's logo as the seed gives it (a string; format not stated)
 * @param createdAt set by the server
 */
public record VippsPspSignup(
        @JsonProperty("case_id") String caseId,
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("logo") String logo,
        @JsonProperty("created_at") OffsetDateTime createdAt) {

    /** A new signup to send; the server fills in the timestamp. */
    public VippsPspSignup(String caseId, List<PaymentOption> paymentOptions, String logo) {
        this(caseId, paymentOptions, logo, null);
    }
}
