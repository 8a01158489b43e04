package io.accountsdesk.client.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The API's error envelope, {@code {"error": {"code", "message", "errors": [...]}}}. The seed leaves the shape of an
 * {@code errors[]} item open, and validators spell its keys differently, so items stay maps here; {@link ErrorMapper}
 * reads the common spellings into {@link FieldError}s.
 */
public record ErrorBody(@JsonProperty("error") Detail error) {

    public record Detail(
            @JsonProperty("code") String code,
            @JsonProperty("message") String message,
            @JsonProperty("errors") List<Map<String, Object>> errors) {
    }
}
