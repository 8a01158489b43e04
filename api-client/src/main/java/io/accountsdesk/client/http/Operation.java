package io.accountsdesk.client.http;

import java.lang.reflect.Type;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One operation of the API: its method and path template, written exactly as in {@code endpoints.tsv}, and the
 * models its request and response bodies map to. Each area class declares its operations as constants, so an
 * operation's path is defined in one place and the contract tests can find the model for every seed example.
 *
 * @param method        GET, POST, PUT or DELETE
 * @param path          the template, for example {@code /accounts/{oid}/management/accounts/{aid}/events}
 * @param requestType   the request body's model, or {@code null} when the call sends no body; a {@code Type} rather
 *                      than a class so a generic envelope can be named (via a Jackson {@code TypeReference})
 * @param responseType  the response body's model (the element type when {@code listResponse}), or {@code Void}
 * @param listResponse  whether the response is a JSON array of {@code responseType}
 * @param paramPatterns patterns for path parameters whose rule depends on the operation (an approval {@code id} is a
 *                      UUID, a client {@code id} is not); names not listed here use {@link PathTemplate}'s defaults
 */
public record Operation(
        String method,
        String path,
        Type requestType,
        Type responseType,
        boolean listResponse,
        Map<String, Pattern> paramPatterns) {

    public Operation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        responseType = responseType == null ? Void.class : responseType;
        paramPatterns = paramPatterns == null ? Map.of() : Map.copyOf(paramPatterns);
    }

    public static Operation get(String path) {
        return new Operation("GET", path, null, Void.class, false, null);
    }

    public static Operation post(String path) {
        return new Operation("POST", path, null, Void.class, false, null);
    }

    public static Operation put(String path) {
        return new Operation("PUT", path, null, Void.class, false, null);
    }

    public static Operation delete(String path) {
        return new Operation("DELETE", path, null, Void.class, false, null);
    }

    /** The request body's model. */
    public Operation request(Type type) {
        return new Operation(method, path, type, responseType, listResponse, paramPatterns);
    }

    /** The response body's model. */
    public Operation response(Type type) {
        return new Operation(method, path, requestType, type, false, paramPatterns);
    }

    /** The response is a JSON array of {@code elementType}. */
    public Operation responseList(Type elementType) {
        return new Operation(method, path, requestType, elementType, true, paramPatterns);
    }

    /** A pattern the named path parameter must match in this operation. */
    public Operation param(String name, Pattern pattern) {
        Map<String, Pattern> patterns = new java.util.HashMap<>(paramPatterns);
        patterns.put(name, pattern);
        return new Operation(method, path, requestType, responseType, listResponse, patterns);
    }

    /** GET, PUT and DELETE may be repeated without changing the outcome; POST may not. */
    public boolean idempotent() {
        return !method.equals("POST");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
