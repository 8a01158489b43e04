package io.accountsdesk.client.connections.bambora;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import io.accountsdesk.client.http.Redacted;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A Bambora Direct signup ({@code BamboraDirectConnectionSignup}): the merchant has its own Bambora agreement. The
 * MD5 key is a Bambora secret and is masked in {@link #toString()}.
 *
 * @param signupId   set by the server
 * @param createdAt  set by the server
 * @param callbackAt set by the server when Bambora called back
 */
public record BamboraDirectSignup(
        @JsonProperty("case_id") String caseId,
        @JsonProperty("merchant_number") String merchantNumber,
        @JsonProperty("md5_key") String md5Key,
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("signup_id") String signupId,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("callback_at") OffsetDateTime callbackAt) {

    /** A new signup to send; the server fills in the id and timestamps. */
    public BamboraDirectSignup(String caseId, String merchantNumber, String md5Key, List<PaymentOption> paymentOptions) {
        this(caseId, merchantNumber, md5Key, paymentOptions, null, null, null);
    }

    @Override
    public String toString() {
        return Redacted.toString(this, "md5Key");
    }
}
