package io.accountsdesk.client.signup;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.AccountManager;
import io.accountsdesk.client.accounts.ApplicantInput;
import java.util.Objects;

/**
 * A request for a new Dintero account. Only the applicant is required; the server emails them a code that
 * {@link SignupApi#verify} takes to finish the signup.
 */
public record SignupApplication(
        @JsonProperty("applicant") ApplicantInput applicant,
        @JsonProperty("company") AccountCompany company,
        @JsonProperty("billing") AccountBilling billing,
        @JsonProperty("account_manager") AccountManager accountManager,
        @JsonProperty("external_integrations") ExternalIntegrations externalIntegrations) {

    public SignupApplication {
        Objects.requireNonNull(applicant, "applicant is required");
    }

    public static SignupApplication of(ApplicantInput applicant) {
        return new SignupApplication(applicant, null, null, null, null);
    }

    /** Integrations to sign the new account up for at the same time. */
    public record ExternalIntegrations(@JsonProperty("wallmob_signup") WallmobSignup wallmobSignup) {
    }

    /**
     * A Wallmob account to create along with the Dintero account.
     *
     * @param merchantType {@code company} in the seed's example, the only value it shows
     * @param password     the Wallmob password; write-only, and never printed
     */
    public record WallmobSignup(
            @JsonProperty("merchant_type") String merchantType,
            @JsonProperty("password") String password) {

        @Override
        public String toString() {
            return "WallmobSignup[merchantType=" + merchantType + ", password=<redacted>]";
        }
    }
}
