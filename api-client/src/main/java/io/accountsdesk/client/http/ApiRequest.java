package io.accountsdesk.client.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One API call as data: the method, the operation's path template and its values, query parameters, an optional
 * body and how to authenticate. Building requests as values keeps URL building, auth and logging in the transport.
 */
public final class ApiRequest {

    /** How the transport authenticates the call. */
    public enum Auth {
        /** A bearer access token from the token source. */
        BEARER,
        /** HTTP Basic with the client id and secret; only the token endpoint uses this. */
        CLIENT_BASIC,
        /** No credentials at all (public keys). */
        NONE
    }

    private final Operation operation;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private Object body;
    private Auth auth = Auth.BEARER;
    private Cancellation cancellation = Cancellation.NEVER;
    private boolean renewTokenOnUnauthorized = true;

    private ApiRequest(Operation operation) {
        this.operation = operation;
    }

    /** A call to {@code operation}; fill in its path values, query and body before sending. */
    public static ApiRequest to(Operation operation) {
        return new ApiRequest(operation);
    }

    public ApiRequest path(String name, Object value) {
        pathParams.put(name, value == null ? null : value.toString());
        return this;
    }

    /** Adds a query parameter; {@code null} or blank values are left out so "no filter" never becomes "filter by ''". */
    public ApiRequest query(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            query.add(Map.entry(name, value.toString()));
        }
        return this;
    }

    /** Adds one repetition of the parameter per value, the API's form for array filters. */
    public ApiRequest queryAll(String name, List<String> values) {
        if (values != null) {
            values.forEach(value -> query(name, value));
        }
        return this;
    }

    public ApiRequest body(Object body) {
        this.body = body;
        return this;
    }

    public ApiRequest auth(Auth auth) {
        this.auth = auth;
        return this;
    }

    /**
     * Marks a call whose body carries the user's own credentials (a password, a code, a refresh token). A 401 then
     * means those were wrong, not that the bearer token expired, so the transport must not renew its token and send
     * them a second time: that would count twice against the user's lockout.
     */
    public ApiRequest credentialsInBody() {
        this.renewTokenOnUnauthorized = false;
        return this;
    }

    public boolean renewsTokenOnUnauthorized() {
        return renewTokenOnUnauthorized;
    }

    /** Lets the caller stop this call while it waits for the server or between retries. */
    public ApiRequest cancellation(Cancellation cancellation) {
        this.cancellation = cancellation == null ? Cancellation.NEVER : cancellation;
        return this;
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    public Operation operation() {
        return operation;
    }

    public String method() {
        return operation.method();
    }

    public String pathTemplate() {
        return operation.path();
    }

    public Map<String, String> pathParams() {
        return pathParams;
    }

    public List<Map.Entry<String, String>> query() {
        return query;
    }

    public Object body() {
        return body;
    }

    public Auth authMode() {
        return auth;
    }

    public boolean idempotent() {
        return operation.idempotent();
    }
}
