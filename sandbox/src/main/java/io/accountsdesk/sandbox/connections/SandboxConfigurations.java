package io.accountsdesk.sandbox.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.Json;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * What a provider would hand back when it enables a connection and nobody told the sandbox the details (the decide
 * route, or a partner event that sets {@code enabled}): merchant numbers, serial numbers, credentials. Derived from
 * the account id and provider only, so the same account always gets the same numbers, as with the demo data. The
 * keys are the ones the seed's configuration example shows for that provider.
 */
final class SandboxConfigurations {

    private SandboxConfigurations() {
    }

    /**
     * The payment options an enabled connection offers: those of the newest signup, else the provider's default,
     * each with the account's currency where the signup named none.
     */
    static ArrayNode paymentOptions(Provider provider, ObjectNode account, ObjectNode connection) {
        JsonNode fromSignup = newestSignup(connection).map(s -> s.path("payment_options")).orElse(null);
        ArrayNode options = Json.MAPPER.createArrayNode();
        if (fromSignup != null && fromSignup.isArray() && !fromSignup.isEmpty()) {
            for (JsonNode option : fromSignup) {
                options.add(option.deepCopy());
            }
        } else {
            provider.defaultPaymentTypes.forEach(type -> options.addObject().put("type", type));
        }
        return withCurrencies(options, account);
    }

    /** Options as given, each made to carry {@code currencies} (the account's currency when it had none). */
    static ArrayNode withCurrencies(JsonNode given, ObjectNode account) {
        String currency = account.path("currency").asText("NOK");
        ArrayNode options = Json.MAPPER.createArrayNode();
        for (JsonNode option : given) {
            ObjectNode copy = options.addObject();
            JsonNode currencies = option.path("currencies");
            if (currencies.isArray() && !currencies.isEmpty()) {
                copy.set("currencies", currencies.deepCopy());
            } else {
                copy.putArray("currencies").add(currency);
            }
            copy.put("type", option.path("type").asText());
        }
        return options;
    }

    /** The most recent signup of any kind the connection keeps ({@code signup}, {@code signups[]}, Bambora's lists). */
    static java.util.Optional<ObjectNode> newestSignup(ObjectNode connection) {
        ObjectNode newest = null;
        for (String key : new String[] {"signup", "signups", "direct_signups", "submerchant_signups"}) {
            JsonNode node = connection.path(key);
            if (node.isObject()) {
                newest = newer(newest, (ObjectNode) node);
            } else if (node.isArray()) {
                for (JsonNode item : node) {
                    if (item.isObject()) {
                        newest = newer(newest, (ObjectNode) item);
                    }
                }
            }
        }
        return java.util.Optional.ofNullable(newest);
    }

    private static ObjectNode newer(ObjectNode current, ObjectNode candidate) {
        if (current == null) {
            return candidate;
        }
        // ISO-8601 instants in UTC compare correctly as text; later entries win ties (lists are oldest first).
        return candidate.path("created_at").asText("").compareTo(current.path("created_at").asText("")) >= 0
                ? candidate : current;
    }

    /** A configuration the provider might have sent, for an account and its connection. Null if the seed shows none. */
    static ObjectNode generate(Provider provider, ObjectNode account, ObjectNode connection) {
        if (!provider.hasConfiguration()) {
            return null;
        }
        String accountId = account.path("account_id").asText();
        SplittableRandom r = new SplittableRandom(seed(accountId + ":" + provider.key));
        ObjectNode c = Json.object();
        ArrayNode options = paymentOptions(provider, account, connection);
        c.set("payment_options", options);
        JsonNode company = account.path("company");
        String displayName = company.path("display_name").asText(company.path("business_name").asText("Merchant"));
        switch (provider) {
            case BAMBORA -> c.put("merchant_number", "P" + digits(r, 8)).put("md5_key", hex(r, 8));
            case COLLECTOR -> c.put("username", displayName.toLowerCase(java.util.Locale.ROOT)
                            .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + "-dintero")
                    .put("store_id", r.nextInt(100, 100_000))
                    .put("country", company.path("address").path("country").asText("NO"));
            case INSTABANK -> {
                ObjectNode codes = c.putObject("payment_product_codes");
                for (JsonNode option : options) {
                    String type = option.path("type").asText();
                    codes.put(type, type.equals("instabank.finance") ? "630" : "632");
                }
                c.put("organization_number", company.path("organization_number").asText(""));
            }
            case KLARNA -> {
                String caseId = newestSignup(connection).map(s -> s.path("case_id").asText(null)).orElse(null);
                c.putArray("credentials").addObject()
                        .put("case_id", caseId != null ? caseId : uuid(accountId + ":klarna:case").toString())
                        .put("merchant_id", "K" + digits(r, 6))
                        .put("username", "PK" + digits(r, 5) + "_" + digits(r, 12));
            }
            case VIPPS_PSP -> c.put("merchant_serial_number", digits(r, 6));
            case APPLEPAY -> c.put("partnerInternalMerchantIdentifier", newestSignup(connection)
                    .map(s -> s.path("partnerInternalMerchantIdentifier").asText(null))
                    .orElse("merchant." + accountId.toLowerCase(java.util.Locale.ROOT)));
            case PAYEX -> c.put("payee_id", uuid(accountId + ":payex:payee").toString());
            case SWISH -> c.put("swish_number", "123" + digits(r, 7));
            case VIPPS -> {
                c.put("merchant_name", displayName);
                c.put("created_time", String.format("%02d:%02d:%02d", r.nextInt(24), r.nextInt(60), r.nextInt(60)));
                c.put("merchant_serial_number", digits(r, 6));
                c.put("client_id", uuid(accountId + ":vipps:client").toString());
                c.putArray("subscription_keys").addObject()
                        .put("product", "Access")
                        .put("ocp_apim_subscription_key", uuid(accountId + ":vipps:key").toString());
            }
            default -> {
                // Providers without extra configuration keys.
            }
        }
        return c;
    }

    static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static long seed(String text) {
        return uuid(text).getMostSignificantBits();
    }

    private static String digits(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder(n);
        sb.append((char) ('1' + r.nextInt(9)));
        for (int i = 1; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    private static String hex(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(Character.forDigit(r.nextInt(16), 16));
        }
        return sb.toString();
    }
}
