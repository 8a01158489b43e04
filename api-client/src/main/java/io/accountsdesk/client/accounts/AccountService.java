package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One of an account's services (checkout, payout, receipts…). The {@code features} object mixes feature entries
 * with bookkeeping fields for some services, so it stays JSON and {@link #featureStatuses()} picks out the features.
 */
public record AccountService(
        @JsonProperty("status") String status,
        @JsonProperty("progression") String progression,
        @JsonProperty("features") JsonNode features) {

    /** Feature name to feature, for each entry of {@code features} that is a feature object. */
    public Map<String, ServiceFeature> featureStatuses() {
        Map<String, ServiceFeature> result = new LinkedHashMap<>();
        if (features == null || !features.isObject()) {
            return result;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = features.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            JsonNode value = entry.getValue();
            if (value.isObject() && value.has("status")) {
                result.put(entry.getKey(), new ServiceFeature(
                        text(value, "requested"), text(value, "status"), text(value, "updated_at")));
            }
        }
        return result;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
