package io.accountsdesk.app.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.client.json.Json;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns a connection form's values into the request body its paths describe, and that body into the client's
 * typed request. Empty inputs are left out, so the body holds only what the user gave, as the seed's optional
 * fields want.
 */
final class RequestBody {

    private static final ObjectMapper MAPPER = Json.newMapper();

    private RequestBody() {
    }

    /** @param values each field's text, by field; booleans as {@code true} / {@code false} */
    static ObjectNode of(Map<ConnectionField, String> values) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        List<String> currencies = values.entrySet().stream()
                .filter(e -> e.getKey().kind() == ConnectionField.Kind.CURRENCIES)
                .map(e -> items(e.getValue())).findFirst().orElse(List.of());
        values.forEach((field, text) -> {
            if (field.isParameter() || field.kind() == ConnectionField.Kind.CURRENCIES) {
                return;
            }
            JsonNode value = value(field, text, currencies);
            if (value != null) {
                put(root, field.path(), value);
            }
        });
        return root;
    }

    /** The typed request the client sends, from a part of the body ({@code signup}, or the body itself). */
    static <T> T as(JsonNode node, Class<T> type) {
        return MAPPER.convertValue(node == null || node.isMissingNode() ? JsonNodeFactory.instance.objectNode() : node,
                type);
    }

    static List<String> items(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static JsonNode value(ConnectionField field, String text, List<String> currencies) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (field.kind() == ConnectionField.Kind.BOOLEAN) {
            return "true".equals(text) ? json.booleanNode(true) : null;
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = field.kind().secret() ? text : text.strip();
        return switch (field.kind()) {
            case MCC, NUMBER -> json.numberNode(Long.parseLong(value));
            case LIST -> {
                ArrayNode list = json.arrayNode();
                items(value).forEach(list::add);
                yield list;
            }
            case PAYMENT_TYPES -> {
                ArrayNode options = json.arrayNode();
                for (String type : items(value)) {
                    ObjectNode option = options.addObject().put("type", type);
                    if (!currencies.isEmpty()) {
                        ArrayNode list = option.putArray("currencies");
                        currencies.forEach(list::add);
                    }
                }
                yield options;
            }
            case KEY_VALUES -> {
                ObjectNode object = json.objectNode();
                value.lines().map(String::strip).filter(line -> line.contains("=")).forEach(line ->
                        object.put(line.substring(0, line.indexOf('=')).strip(),
                                line.substring(line.indexOf('=') + 1).strip()));
                yield object;
            }
            default -> json.textNode(value);
        };
    }

    /**
     * Puts {@code value} at a dotted path, making objects and arrays on the way: a number segment is an index. The
     * payment options' path ends in {@code .0.type}: its value is the whole list, so it replaces the array.
     */
    private static void put(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        if (parts.length >= 3 && parts[parts.length - 1].equals("type") && parts[parts.length - 2].equals("0")
                && value.isArray()) {
            parts = Arrays.copyOf(parts, parts.length - 2);
        }
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = child(node, parts[i], parts[i + 1].matches("\\d+"));
        }
        String last = parts[parts.length - 1];
        if (node instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, value);
        } else {
            ((ObjectNode) node).set(last, value);
        }
    }

    private static JsonNode child(JsonNode parent, String name, boolean array) {
        if (parent instanceof ArrayNode list) {
            int index = Integer.parseInt(name);
            while (list.size() <= index) {
                list.addNull();
            }
            JsonNode existing = list.get(index);
            if (existing == null || existing.isNull()) {
                JsonNode made = array ? list.arrayNode() : list.objectNode();
                list.set(index, made);
                return made;
            }
            return existing;
        }
        ObjectNode object = (ObjectNode) parent;
        JsonNode existing = object.get(name);
        if (existing == null) {
            return array ? object.putArray(name) : object.putObject(name);
        }
        return existing;
    }
}
