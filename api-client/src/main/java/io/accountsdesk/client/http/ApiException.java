package io.accountsdesk.client.http;

import java.util.List;
import java.util.Map;

/**
 * Every failure of an API call. The subclasses let callers react to the kind of failure (sign in again, fix a field,
 * try later) without parsing messages.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FieldError> errors;
    private final String requestId;
    private Map<String, Object> details = Map.of();

    public ApiException(int status, String code, String message, List<FieldError> errors, String requestId,
                        Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.requestId = requestId;
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }

    /** The server's {@code error.code}, or {@code null} when the body carried none. */
    public String code() {
        return code;
    }

    /** The server's {@code error.errors[]}, never {@code null}. */
    public List<FieldError> errors() {
        return errors;
    }

    /** The server's request id, for support, or {@code null}. */
    public String requestId() {
        return requestId;
    }

    /**
     * The error object's other fields, beyond code, message and errors: an {@code mfa_required} error carries the
     * {@code mfa_token} the next sign-in step needs. Never {@code null}.
     */
    public Map<String, Object> details() {
        return details;
    }

    /** Set once by the error mapper, before the exception is thrown. */
    ApiException withDetails(Map<String, Object> more) {
        this.details = more == null ? Map.of() : Map.copyOf(more);
        return this;
    }

    /** 401: the credentials or the token were refused. */
    public static final class Unauthorized extends ApiException {
        public Unauthorized(String code, String message, List<FieldError> errors, String requestId) {
            super(401, code, message, errors, requestId, null);
        }
    }

    /** 403: signed in, but not allowed to do this. */
    public static final class Forbidden extends ApiException {
        public Forbidden(String code, String message, List<FieldError> errors, String requestId) {
            super(403, code, message, errors, requestId, null);
        }
    }

    /** 404: the thing asked for does not exist, or is not visible to this account. */
    public static final class NotFound extends ApiException {
        public NotFound(String code, String message, List<FieldError> errors, String requestId) {
            super(404, code, message, errors, requestId, null);
        }
    }

    /** 400 or 422: the request was wrong; {@link #errors()} names the fields. */
    public static final class Validation extends ApiException {
        public Validation(int status, String code, String message, List<FieldError> errors, String requestId) {
            super(status, code, message, errors, requestId, null);
        }
    }

    /** 429: too many requests. */
    public static final class RateLimited extends ApiException {
        private final java.time.Duration retryAfter;

        public RateLimited(String code, String message, java.time.Duration retryAfter, String requestId) {
            super(429, code, message, List.of(), requestId, null);
            this.retryAfter = retryAfter;
        }

        /** How long the server asked us to wait, or {@code null} when it did not say. */
        public java.time.Duration retryAfter() {
            return retryAfter;
        }
    }

    /** 5xx: the server failed. */
    public static final class Server extends ApiException {
        public Server(int status, String code, String message, String requestId) {
            super(status, code, message, List.of(), requestId, null);
        }
    }

    /**
     * No usable response: the host was unreachable, the connection broke, a timeout struck, or the answer could not
     * be read. {@link #getCause()} tells which; {@link #target()} names the server.
     */
    public static final class Network extends ApiException {
        private final String target;

        public Network(String message, String target, Throwable cause) {
            super(0, null, message, List.of(), null, cause);
            this.target = target;
        }

        /** The server as {@code host:port}. */
        public String target() {
            return target;
        }
    }

    /** Any other status the client has no better name for (a 409, say). */
    public static final class Other extends ApiException {
        public Other(int status, String code, String message, List<FieldError> errors, String requestId) {
            super(status, code, message, errors, requestId, null);
        }
    }

    /** The caller cancelled the call or the walk over pages; nothing after that point was done. */
    public static final class Cancelled extends ApiException {
        public Cancelled(String message) {
            super(0, null, message, List.of(), null, null);
        }

        public Cancelled(String message, Throwable cause) {
            super(0, null, message, List.of(), null, cause);
        }
    }
}
