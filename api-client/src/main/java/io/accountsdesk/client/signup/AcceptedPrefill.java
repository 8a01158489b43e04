package io.accountsdesk.client.signup;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.AccountManager;
import io.accountsdesk.client.accounts.Applicant;

/**
 * The answer to accepting a pre-filled form: the form's fields and the signup's in one flat object. Flat here because
 * Jackson cannot unwrap into record components; {@link #prefill()} and {@link #tokens()} split it.
 */
public record AcceptedPrefill(
        @JsonProperty("prefill_id") String prefillId,
        @JsonProperty("applicant") Applicant applicant,
        @JsonProperty("company") AccountCompany company,
        @JsonProperty("billing") AccountBilling billing,
        @JsonProperty("account_manager") AccountManager accountManager,
        @JsonProperty("account_id") String accountId,
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("expires_in") Long expiresIn,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("email") String email,
        @JsonProperty("previous_password_token") String previousPasswordToken) {

    public Prefill prefill() {
        return new Prefill(prefillId, applicant, company, billing, accountManager);
    }

    public SignupTokens tokens() {
        return new SignupTokens(accountId, accessToken, expiresIn, tokenType, refreshToken, email,
                previousPasswordToken);
    }

    /** Keeps the tokens out of logs and exception messages that print records. */
    @Override
    public String toString() {
        return "AcceptedPrefill[prefill=" + prefill() + ", " + tokens() + "]";
    }
}
