package io.accountsdesk.client.auth;

import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.FieldError;
import java.util.List;

/**
 * A signed-in user's session is over: the server refused the refresh token, or there was none and the access token
 * expired, or the user signed out. The user must sign in again. An {@link ApiException}, so callers that handle API
 * failures in one place handle this one too.
 */
public final class SessionExpired extends ApiException {

    /** {@link #code()} when there was no refresh token to try, or the user signed out. */
    public static final String NO_REFRESH_TOKEN = "no_refresh_token";
    private static final String MESSAGE = "Your session has ended. Please sign in again.";

    private SessionExpired(int status, String code, List<FieldError> errors, String requestId, Throwable cause) {
        super(status, code, MESSAGE, errors, requestId, cause);
    }

    /** The server turned the refresh token down; {@code refused} is kept as the cause. */
    static SessionExpired refused(ApiException refused) {
        return new SessionExpired(refused.status(), refused.code(), refused.errors(), refused.requestId(), refused);
    }

    static SessionExpired withoutRefreshToken() {
        return new SessionExpired(401, NO_REFRESH_TOKEN, null, null, null);
    }

    /** The same verdict as a new exception, so each caller gets its own stack trace. */
    SessionExpired again() {
        return new SessionExpired(status(), code(), errors(), requestId(), getCause());
    }
}
