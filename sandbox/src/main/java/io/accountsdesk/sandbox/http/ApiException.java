package io.accountsdesk.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request that cannot be served, carrying everything the error body needs. Handlers throw it; the server turns
 * it into {@code {"error":{"code","message","errors":[...]}}} so every route fails in the same shape.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ApiException(int status, String code, String message, List<FieldError> errors, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public ApiException(int status, String code, String message) {
        this(status, code, message, List.of(), Map.of());
    }

    public static ApiException badRequest(String message, List<FieldError> errors) {
        return new ApiException(400, "invalid_request", message, errors, Map.of());
    }

    /** One message naming every bad field, so a client that only shows {@code message} still says what to fix. */
    public static ApiException validation(List<FieldError> errors) {
        StringBuilder message = new StringBuilder("Invalid request: ");
        for (int i = 0; i < errors.size(); i++) {
            FieldError e = errors.get(i);
            message.append(i == 0 ? "" : "; ").append(e.field()).append(' ').append(e.message());
        }
        return badRequest(message.toString(), errors);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public ApiException withHeader(String name, String value) {
        Map<String, String> merged = new LinkedHashMap<>(headers);
        merged.put(name, value);
        return new ApiException(status, code, getMessage(), errors, merged);
    }

    public Response toResponse() {
        ObjectNode error = Json.object();
        error.put("code", code);
        error.put("message", getMessage());
        ArrayNode items = error.putArray("errors");
        for (FieldError e : errors) {
            items.addObject().put("field", e.field()).put("location", e.location()).put("message", e.message());
        }
        ObjectNode body = Json.object();
        body.set("error", error);
        return Response.json(status, body).withHeaders(headers);
    }
}
