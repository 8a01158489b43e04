package io.accountsdesk.client.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one Jackson configuration the client uses for every body it reads or writes. */
public final class Json {

    private Json() {
    }

    /**
     * Property names are mapped per field with {@code @JsonProperty}, never through a naming strategy: the API mixes
     * snake_case, camelCase and PascalCase. Unknown fields are tolerated so that a new server field never breaks a
     * screen, and absent fields stay {@code null} rather than turning into defaults.
     */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /**
     * Sets the field at the dotted {@code path} ({@code company.address.country}) of {@code root}, making the objects
     * on the way; {@code null} writes an explicit JSON {@code null}.
     */
    public static void set(ObjectNode root, String path, JsonNode value) {
        String[] names = path.split("\\.");
        ObjectNode parent = root;
        for (int i = 0; i < names.length - 1; i++) {
            JsonNode child = parent.get(names[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(names[i]);
        }
        parent.set(names[names.length - 1], value == null ? NullNode.getInstance() : value);
    }
}
