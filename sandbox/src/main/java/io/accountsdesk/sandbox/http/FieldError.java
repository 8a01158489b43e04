package io.accountsdesk.sandbox.http;

import java.util.Objects;

/**
 * One per-field problem inside an error body: {@code {"field":"limit","location":"query","message":"..."}}.
 * The location tells a client which part of its request to fix, so a form can mark the right input.
 */
public record FieldError(String field, String location, String message) {

    public static final String QUERY = "query";
    public static final String PATH = "path";
    public static final String BODY = "body";
    public static final String HEADER = "header";

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    public static FieldError query(String field, String message) {
        return new FieldError(field, QUERY, message);
    }

    public static FieldError path(String field, String message) {
        return new FieldError(field, PATH, message);
    }

    public static FieldError body(String field, String message) {
        return new FieldError(field, BODY, message);
    }

    public static FieldError header(String field, String message) {
        return new FieldError(field, HEADER, message);
    }
}
