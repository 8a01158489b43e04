package io.accountsdesk.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: status, extra headers and an already-serialised JSON body. */
public record Response(int status, Map<String, String> headers, byte[] body) {

    public Response {
        headers = Map.copyOf(headers);
    }

    public static Response json(int status, Object value) {
        return rawJson(status, Json.write(value));
    }

    /** For bodies assembled from stored documents, which must go out exactly as stored (no re-serialising). */
    public static Response rawJson(int status, String json) {
        return new Response(status, Map.of(), json.getBytes(StandardCharsets.UTF_8));
    }

    public Response withHeaders(Map<String, String> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Map<String, String> merged = new LinkedHashMap<>(headers);
        merged.putAll(extra);
        return new Response(status, merged, body);
    }
}
