package io.accountsdesk.client.screening;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountsdesk.client.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shared by the screening tests: bodies from {@code src/test/resources/screening} and the mappers that read them. */
public final class ScreeningFixtures {

    /** Production's mapper, but a field no model or alias names fails instead of vanishing. */
    public static final ObjectMapper STRICT = Json.newMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    public static final ObjectMapper MAPPER = Json.newMapper();

    private ScreeningFixtures() {
    }

    public static String body(String name) {
        try (InputStream in = ScreeningFixtures.class.getResourceAsStream("/screening/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No test resource screening/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String name, Class<T> type) {
        try {
            return STRICT.readValue(body(name), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
