package io.accountsdesk.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns an error response into the matching {@link ApiException}. The one place that reads the error body. */
final class ErrorMapper {

    private final ObjectMapper mapper;

    ErrorMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ApiException map(int status, String body, String requestId, String retryAfterHeader) {
        JsonNode error = parseError(body);
        String code = text(error, "code");
        String message = text(error, "message");
        if (message == null || message.isBlank()) {
            message = "The server answered HTTP " + status + ".";
        }
        List<FieldError> errors = fieldErrors(error == null ? null : error.get("errors"));
        return kind(status, code, message, errors, requestId, retryAfterHeader).withDetails(details(error));
    }

    private static ApiException kind(int status, String code, String message, List<FieldError> errors,
                                     String requestId, String retryAfterHeader) {
        return switch (status) {
            case 400, 422 -> new ApiException.Validation(status, code, message, errors, requestId);
            case 401 -> new ApiException.Unauthorized(code, message, errors, requestId);
            case 403 -> new ApiException.Forbidden(code, message, errors, requestId);
            case 404 -> new ApiException.NotFound(code, message, errors, requestId);
            case 429 -> new ApiException.RateLimited(code, message, retryAfter(retryAfterHeader), requestId);
            default -> status >= 500
                    ? new ApiException.Server(status, code, message, requestId)
                    : new ApiException.Other(status, code, message, errors, requestId);
        };
    }

    /** The error object's fields other than code, message and errors, as plain values; nulls are left out. */
    private Map<String, Object> details(JsonNode error) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (error == null) {
            return details;
        }
        error.fields().forEachRemaining(field -> {
            if (!List.of("code", "message", "errors").contains(field.getKey()) && !field.getValue().isNull()) {
                details.put(field.getKey(), mapper.convertValue(field.getValue(), Object.class));
            }
        });
        return details;
    }

    private JsonNode parseError(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode root = mapper.readTree(body);
            JsonNode error = root == null ? null : root.get("error");
            return error != null && error.isObject() ? error : null;
        } catch (Exception notJson) {
            // Proxies and load balancers answer with HTML; the status alone then tells the story.
            return null;
        }
    }

    private static List<FieldError> fieldErrors(JsonNode items) {
        List<FieldError> result = new ArrayList<>();
        if (items == null || !items.isArray()) {
            return result;
        }
        for (JsonNode item : items) {
            if (!item.isObject() || item.isEmpty()) {
                continue;
            }
            // Validators name the field differently; accept the common spellings.
            String field = firstText(item, "field", "path", "dataPath", "instancePath", "param", "property");
            if (field != null) {
                field = field.replaceFirst("^[./]+", "").replace('/', '.');
            }
            result.add(new FieldError(field, text(item, "location"), firstText(item, "message", "detail")));
        }
        return result;
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            String value = text(node, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String name) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        String value = header.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            // RFC 9110 also allows an HTTP date.
            try {
                java.time.ZonedDateTime at = java.time.ZonedDateTime.parse(value,
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration until = Duration.between(java.time.Instant.now(), at.toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (java.time.format.DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
