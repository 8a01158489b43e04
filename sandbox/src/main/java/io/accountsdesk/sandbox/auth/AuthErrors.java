package io.accountsdesk.sandbox.auth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Response;
import java.util.List;
import java.util.Map;

/** The errors of signing in, in the API's error shape. */
final class AuthErrors {

    static final String BEARER_CHALLENGE = "Bearer realm=\"accounts-desk-sandbox\"";

    private AuthErrors() {
    }

    /**
     * A credential of the grant itself (password, code, refresh token, MFA token) is wrong, expired or used: RFC
     * 6749's {@code invalid_grant}, status 400.
     */
    static ApiException invalidGrant(String message, String field) {
        return new ApiException(400, "invalid_grant", message,
                field == null ? List.of() : List.of(FieldError.body(field, message)), Map.of());
    }

    static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    static ApiException conflict(String field, String message) {
        return new ApiException(409, "conflict", message, List.of(FieldError.body(field, message)), Map.of());
    }

    /**
     * {@code 403 mfa_required}: the error object also carries the {@code mfa_token} the client continues with (the
     * seed: "the mfa_token you received as part of mfa_required error") and, as a sandbox convenience, the user's
     * {@code oob_channels} (an empty list means the user has only an authenticator app: use grant {@code mfa-otp}).
     */
    static Response mfaRequired(String message, String mfaToken, List<String> oobChannels) {
        ObjectNode error = Json.object();
        error.put("code", "mfa_required");
        error.put("message", message);
        error.putArray("errors");
        error.put("mfa_token", mfaToken);
        ArrayNode channels = error.putArray("oob_channels");
        oobChannels.forEach(channels::add);
        ObjectNode body = Json.object();
        body.set("error", error);
        return Response.json(403, body);
    }

    /** {@code 429} with {@code Retry-After} in whole seconds. */
    static ApiException tooManyRequests(String message, long retryAfterSeconds) {
        return new ApiException(429, "too_many_requests", message, List.of(),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }
}
