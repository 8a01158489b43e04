package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The individual who completed the account registration, as the server reports it. To send an applicant use
 * {@link ApplicantInput}: the agreement's {@code accepted_at} is set by the server.
 */
public record Applicant(
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("email") String email,
        @JsonProperty("phone_number") String phoneNumber,
        @JsonProperty("agreement") Agreement agreement,
        @JsonProperty("recaptcha_sitekey") String recaptchaSitekey,
        @JsonProperty("recaptcha_response") String recaptchaResponse,
        @JsonProperty("promo_code") String promoCode,
        @JsonProperty("signup_reference") String signupReference,
        @JsonProperty("utm") Utm utm) {

    public String fullName() {
        String first = firstName == null ? "" : firstName;
        String last = lastName == null ? "" : lastName;
        return (first + " " + last).trim();
    }
}
