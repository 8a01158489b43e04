package io.accountsdesk.client.users;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A new authenticator-app secret for the signed-in user, not yet in force: the answer of {@code PUT
 * /account/user/mfa/totp {"enabled": true}} without a code (the seed's "Associate TOTP MFA", whose own operation the
 * seed leaves out). TOTP goes on only once a code computed from {@link #secret()} is sent with {@link
 * TotpMfaUpdate#enable(String)}.
 *
 * @param authenticatorType {@code otp}
 * @param secret            the shared secret, base32; a credential: shown once, never logged
 * @param barcodeUri        the {@code otpauth://} URI an authenticator app reads from a QR code; it carries the secret
 */
public record TotpAssociation(
        @JsonProperty("authenticator_type") String authenticatorType,
        @JsonProperty("secret") String secret,
        @JsonProperty("barcode_uri") String barcodeUri) {

    @Override
    public String toString() {
        return "TotpAssociation[authenticatorType=" + authenticatorType + ", secret=<redacted>, barcodeUri=<redacted>]";
    }
}
