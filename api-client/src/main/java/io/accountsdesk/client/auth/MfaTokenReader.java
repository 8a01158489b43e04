package io.accountsdesk.client.auth;

import io.accountsdesk.client.http.ApiException;

/**
 * Finds the {@code mfa_token} in an {@code mfa_required} error. A seam, because {@link ApiException} keeps only the
 * error's code, message and field errors, and the token is another field of the error body. Until the exception
 * carries the whole error object, {@link #UNAVAILABLE} is the production choice and an MFA sign-in stops with the
 * server's error.
 */
@FunctionalInterface
public interface MfaTokenReader {

    /** Reads nothing: the exception has no field that could hold the token. */
    MfaTokenReader UNAVAILABLE = mfaRequired -> null;

    /** The {@code mfa_token} carried by {@code mfaRequired}, or {@code null} when it cannot be read. */
    String mfaToken(ApiException mfaRequired);
}
