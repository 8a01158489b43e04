package io.accountsdesk.client.connections.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What single providers need beyond the Common signup's shared fields.
 *
 * @param vipps only in the answers; the seed's request example has no {@code vipps} entry
 */
public record PaymentMethodSpecific(
        @JsonProperty("payex") SignupLink payex,
        @JsonProperty("instabank") InstabankVolumes instabank,
        @JsonProperty("vipps") SignupLink vipps) {

    /** Where the merchant continues a provider's own signup. */
    public record SignupLink(@JsonProperty("signup_url") String signupUrl) {
    }

    /** Expected Instabank volumes, as text ranges. */
    public record InstabankVolumes(
            @JsonProperty("total_number_of_transactions") String totalNumberOfTransactions,
            @JsonProperty("total_volume_of_transactions") String totalVolumeOfTransactions,
            @JsonProperty("finance_number_of_transactions") String financeNumberOfTransactions,
            @JsonProperty("finance_volume_of_transactions") String financeVolumeOfTransactions) {
    }
}
