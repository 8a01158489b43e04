package io.accountsdesk.sandbox.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One decoded HTTP request as a handler sees it. Immutable; the authenticator adds what it learned through
 * {@link #with(Class, Object)} so handlers never parse headers themselves.
 */
public final class Request {

    private static final ObjectReader STRICT = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String method;
    private final String template;
    private final Map<String, String> pathParams;
    private final QueryParams query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Map<Class<?>, Object> attributes;

    public Request(String method, String template, Map<String, String> pathParams, QueryParams query,
                   Map<String, List<String>> headers, byte[] body) {
        this(method, template, pathParams, query, lowerCaseKeys(headers), body, Map.of());
    }

    private Request(String method, String template, Map<String, String> pathParams, QueryParams query,
                    Map<String, List<String>> headers, byte[] body, Map<Class<?>, Object> attributes) {
        this.method = method;
        this.template = template;
        this.pathParams = Map.copyOf(pathParams);
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.attributes = attributes;
    }

    private static Map<String, List<String>> lowerCaseKeys(Map<String, List<String>> headers) {
        Map<String, List<String>> lower = new HashMap<>();
        headers.forEach((k, v) -> lower.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v));
        return Map.copyOf(lower);
    }

    public String method() {
        return method;
    }

    /** The route's path template, e.g. {@code /accounts/{oid}/management/accounts}. */
    public String template() {
        return template;
    }

    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("Route " + template + " has no path parameter " + name);
        }
        return value;
    }

    public Optional<String> optionalPathParam(String name) {
        return Optional.ofNullable(pathParams.get(name));
    }

    public QueryParams query() {
        return query;
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public byte[] body() {
        return body.clone();
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    /**
     * The body as JSON: a missing node when there is no body (a {@link Shape} then reports it as required), and a
     * 400 naming the body when it is not JSON.
     */
    public JsonNode json() {
        if (body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            // A second value after the first is broken JSON too, though Jackson would stop reading before it.
            return STRICT.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badRequest("The request body is not valid JSON: " + e.getOriginalMessage(),
                    List.of(FieldError.body("body", "must be valid JSON")));
        } catch (IOException e) {
            // Not only Jackson's own: bytes that are no text in any encoding fail in the decoder beneath it.
            throw ApiException.badRequest("The request body is not valid JSON: " + e.getMessage(),
                    List.of(FieldError.body("body", "must be valid JSON")));
        }
    }

    public <T> Request with(Class<T> type, T value) {
        Map<Class<?>, Object> copy = new HashMap<>(attributes);
        copy.put(type, value);
        return new Request(method, template, pathParams, query, headers, body, Map.copyOf(copy));
    }

    public <T> Optional<T> attribute(Class<T> type) {
        return Optional.ofNullable(type.cast(attributes.get(type)));
    }
}
