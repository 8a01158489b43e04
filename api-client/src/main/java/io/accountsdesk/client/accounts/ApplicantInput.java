package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The applicant as sent when creating or updating an account and when signing up: the seed's
 * {@code AccountApplicant} without what the server sets. {@code recaptcha_*} only matter for a public signup form.
 */
public record ApplicantInput(
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("email") String email,
        @JsonProperty("phone_number") String phoneNumber,
        @JsonProperty("agreement") AgreementInput agreement,
        @JsonProperty("recaptcha_sitekey") String recaptchaSitekey,
        @JsonProperty("recaptcha_response") String recaptchaResponse,
        @JsonProperty("promo_code") String promoCode,
        @JsonProperty("signup_reference") String signupReference,
        @JsonProperty("utm") Utm utm) {

    /** An applicant with just a name and contact details. */
    public static ApplicantInput of(String firstName, String lastName, String email, String phoneNumber) {
        return new ApplicantInput(firstName, lastName, email, phoneNumber, null, null, null, null, null, null);
    }

    /** The applicant as the server reported it, ready to send back (the agreement loses its server timestamp). */
    public static ApplicantInput from(Applicant applicant) {
        if (applicant == null) {
            return null;
        }
        Agreement agreement = applicant.agreement();
        AgreementInput agreementInput = agreement == null ? null : new AgreementInput(agreement.name(),
                agreement.version(), agreement.personalGuaranteeAccepted(), agreement.attachments());
        return new ApplicantInput(applicant.firstName(), applicant.lastName(), applicant.email(),
                applicant.phoneNumber(), agreementInput, applicant.recaptchaSitekey(), applicant.recaptchaResponse(),
                applicant.promoCode(), applicant.signupReference(), applicant.utm());
    }

    public ApplicantInput withAgreement(AgreementInput value) {
        return new ApplicantInput(firstName, lastName, email, phoneNumber, value, recaptchaSitekey, recaptchaResponse,
                promoCode, signupReference, utm);
    }

    public ApplicantInput withSignupReference(String value) {
        return new ApplicantInput(firstName, lastName, email, phoneNumber, agreement, recaptchaSitekey,
                recaptchaResponse, promoCode, value, utm);
    }

    public ApplicantInput withPromoCode(String value) {
        return new ApplicantInput(firstName, lastName, email, phoneNumber, agreement, recaptchaSitekey,
                recaptchaResponse, value, signupReference, utm);
    }

    public ApplicantInput withUtm(Utm value) {
        return new ApplicantInput(firstName, lastName, email, phoneNumber, agreement, recaptchaSitekey,
                recaptchaResponse, promoCode, signupReference, value);
    }

    public ApplicantInput withRecaptcha(String sitekey, String response) {
        return new ApplicantInput(firstName, lastName, email, phoneNumber, agreement, sitekey, response, promoCode,
                signupReference, utm);
    }
}
