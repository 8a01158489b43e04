package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A one-time passwordless verification code. */
public record VerificationCode(@JsonProperty("verification_code") String verificationCode) {

    @Override
    public String toString() {
        return "VerificationCode[verificationCode=<redacted>]";
    }
}
