package io.accountsdesk.sandbox.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's error body, {@code {"error":{"code","message","errors":[{"field","location","message"}]}}}, checked. */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    /** The reply has {@code status} and an error body with {@code code}, a message and an errors[] array; its error. */
    public static JsonNode assertError(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        JsonNode error = reply.json().get("error");
        assertThat(error).as(reply.body()).isNotNull();
        assertThat(error.get("code").asText()).as(reply.body()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("errors").isArray()).isTrue();
        return error;
    }

    /** The fields of the error's errors[] at {@code location}; every entry carries a message. */
    public static List<String> fieldsAt(JsonNode error, String location) {
        List<String> fields = new ArrayList<>();
        for (JsonNode e : error.get("errors")) {
            assertThat(e.get("message").asText()).isNotBlank();
            if (e.get("location").asText().equals(location)) {
                fields.add(e.get("field").asText());
            }
        }
        return fields;
    }
}
