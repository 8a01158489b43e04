package io.accountsdesk.sandbox.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Shape;
import io.accountsdesk.sandbox.store.DocumentStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A partner's price packages, kept as documents {@code ("pricing.packages", partnerId, price_package_id)} with the
 * package's {@code id} (a UUID) as lookup key, so both ids find it. The partner's own {@code price_package_id} is
 * the key because that is what accounts refer to ({@code account.price_package}).
 *
 * <p>{@code type} and {@code creation_state}: the seed lists {@code type} as {@code default | account} and shows only
 * {@code creation_state: "pristine"}, which its changelog says "indicates if the price package is a custom price
 * package or not". So a package a partner creates for its catalogue is {@code type=default,
 * creation_state=pristine}, and one made from an account's {@code custom_price_package} is {@code type=account,
 * creation_state=custom} ({@code custom} is the sandbox's word: the seed names no other value).
 */
public final class PricePackages {

    public static final String KIND = "pricing.packages";
    /** Which packages an account may use: {@code ("pricing.account_packages", partnerId, accountId)}. */
    public static final String ACCOUNT_KIND = "pricing.account_packages";
    static final String SEEDED_KIND = "pricing.seeded";

    private PricePackages() {
    }

    private static Shape text() {
        return Shape.string().nullable();
    }

    /** {@code products[]} as the seed's example shows them; the seed names no enums or required fields inside. */
    private static Shape products() {
        return Shape.array(Shape.object()
                .field("namespace", text())
                .field("product_id", Shape.string().minLength(1))
                .field("prices", Shape.array(Shape.object()
                        .field("type", text())
                        .field("amounts", Shape.array(Shape.object()
                                .field("name", text())
                                .field("description", text())
                                .field("flat_amount", Shape.integer().min(0).nullable())
                                .field("unit_amount", Shape.string().pattern("^\\d+(\\.\\d+)?$",
                                        "must be a decimal number written as a string, like \"0.025\"").nullable())))
                        .field("dimensions", Shape.array(Shape.object()
                                .field("name", text())
                                .field("values", Shape.array(Shape.string())))))));
    }

    private static Shape.ObjectShape packageFields(boolean idRequired) {
        return Shape.object()
                .field("name", Shape.string().minLength(1).maxLength(200), true)
                .field("description", Shape.string(), true)
                .field("pricing_conditions", text())
                .field("metadata", Shape.map(Shape.string()).nullable())
                .field("products", products(), true)
                .field("price_package_id", Shape.string().minLength(1).maxLength(200), idRequired);
    }

    /** POST /accounts/{oid}/management/price-packages (seed line 6166): all four of these are required. */
    public static final Shape NEW_PACKAGE = packageFields(true);

    /**
     * An account's {@code custom_price_package} ({@code PricePackageCustomCreateData}): the same, except that the
     * seed's changelog removed the requirement for {@code price_package_id}.
     */
    public static Shape customShape() {
        return packageFields(false);
    }

    /** PUT /accounts/{oid}/management/accounts/{aid}/price-packages (seed line 6080). */
    static final Shape ACCOUNT_PACKAGES = Shape.object()
            .field("price_packages", Shape.array(Shape.object()
                    .field("price_package_id", Shape.string().minLength(1), true)), true);

    public static Optional<ObjectNode> find(DocumentStore.Tx tx, String partnerId, String pricePackageId) {
        return tx.get(KIND, partnerId, pricePackageId);
    }

    /**
     * Stores a new package built from a validated body, in the caller's transaction.
     *
     * @param field where the id came from in the request, for the 409 when it is taken
     * @throws ApiException 409 when the partner already has a package with this {@code price_package_id}
     */
    public static ObjectNode create(DocumentStore.Tx tx, String partnerId, JsonNode body, String pricePackageId,
                                    String type, String creationState, String createdBy, Instant now, String field) {
        if (find(tx, partnerId, pricePackageId).isPresent()) {
            throw new ApiException(409, "conflict", "A price package with price_package_id " + pricePackageId
                    + " already exists; choose another id or use the existing package",
                    List.of(FieldError.body(field, "is already used by another price package")), java.util.Map.of());
        }
        ObjectNode doc = Json.object();
        String id = UUID.randomUUID().toString();
        doc.put("id", id);
        doc.put("created_at", now.toString());
        doc.put("created_by", createdBy);
        doc.put("updated_at", now.toString());
        doc.putNull("deleted_by");
        doc.putNull("deleted_at");
        doc.put("name", body.path("name").asText());
        doc.put("description", body.path("description").asText());
        copyOrNull(body, doc, "pricing_conditions");
        doc.set("metadata", body.hasNonNull("metadata") ? body.get("metadata").deepCopy() : Json.object());
        doc.set("products", body.get("products").deepCopy());
        doc.put("price_package_id", pricePackageId);
        doc.put("creation_state", creationState);
        doc.put("type", type);
        tx.put(KIND, partnerId, pricePackageId, doc, id);
        return doc;
    }

    private static void copyOrNull(JsonNode from, ObjectNode to, String field) {
        JsonNode value = from.get(field);
        if (value == null || value.isNull()) {
            to.putNull(field);
        } else {
            to.set(field, value.deepCopy());
        }
    }

    /**
     * Records which packages an account may use, keeping the document's id and creation time across updates.
     *
     * @param ids the {@code price_package_id}s, already checked to exist
     */
    public static ObjectNode setForAccount(DocumentStore.Tx tx, String partnerId, String accountId, List<String> ids,
                                           String by, Instant now) {
        ObjectNode doc = tx.get(ACCOUNT_KIND, partnerId, accountId).orElseGet(() -> {
            ObjectNode created = Json.object();
            created.put("id", UUID.randomUUID().toString());
            created.put("created_at", now.toString());
            created.put("created_by", by);
            return created;
        });
        doc.put("updated_at", now.toString());
        doc.putNull("deleted_by");
        doc.putNull("deleted_at");
        ArrayNode packages = doc.putArray("price_packages");
        ids.forEach(id -> packages.addObject().put("price_package_id", id));
        tx.put(ACCOUNT_KIND, partnerId, accountId, doc);
        return doc;
    }

    /**
     * Seeds the partner's catalogue on first start: one package per demo country and tier, the ids the demo
     * accounts' {@code price_package} already name ({@code NO_DINTERO_PP001} … {@code FI_DINTERO_PP004}). Idempotent:
     * a marker document says it was done, so a restart keeps whatever the partner changed, and {@code --reset}
     * (which drops the database) seeds again. Everything is derived from the partner id, so two fresh sandboxes
     * hold byte-identical packages.
     */
    public static void seed(DocumentStore documents, String partnerId, Instant createdAt) {
        documents.inTransaction(tx -> {
            if (tx.get(SEEDED_KIND, partnerId, "v1").isPresent()) {
                return null;
            }
            String createdBy = uuid("dintero-pricing").toString();
            // Stored last-first, so the list (newest first) starts with NO_DINTERO_PP001.
            List<String[]> countries = List.of(
                    new String[] {"NO", "NOK", "vipps", "Vipps"},
                    new String[] {"SE", "SEK", "swish", "Swish"},
                    new String[] {"DK", "DKK", "mobilepay", "MobilePay"},
                    new String[] {"FI", "EUR", "mobilepay", "MobilePay"});
            for (int c = countries.size() - 1; c >= 0; c--) {
                for (int tier = TIERS.size(); tier >= 1; tier--) {
                    ObjectNode doc = seededPackage(partnerId, countries.get(c), tier, createdAt, createdBy);
                    tx.put(KIND, partnerId, doc.get("price_package_id").asText(), doc, doc.get("id").asText());
                }
            }
            ObjectNode marker = Json.object();
            marker.put("seeded_at", createdAt.toString());
            tx.put(SEEDED_KIND, partnerId, "v1", marker);
            return null;
        });
    }

    private record Tier(String name, String cardPercent, int cardFlat, String walletPercent, String description) {
    }

    private static final List<Tier> TIERS = List.of(
            new Tier("Start", "0.024", 100, "0.019", "For new web shops: no monthly fee, a higher share per payment."),
            new Tier("Standard", "0.019", 100, "0.015", "For established shops with steady card volume."),
            new Tier("Plus", "0.016", 100, "0.012", "For larger merchants; lower card and wallet fees."),
            new Tier("Enterprise", "0.012", 50, "0.009", "Negotiated pricing for high volume."));

    private static ObjectNode seededPackage(String partnerId, String[] country, int tier, Instant createdAt,
                                            String createdBy) {
        Tier t = TIERS.get(tier - 1);
        String ppid = country[0] + "_DINTERO_PP00" + tier;
        ObjectNode doc = Json.object();
        doc.put("id", uuid("pricing/" + partnerId + "/" + ppid).toString());
        doc.put("created_at", createdAt.toString());
        doc.put("created_by", createdBy);
        doc.put("updated_at", createdAt.toString());
        doc.putNull("deleted_by");
        doc.putNull("deleted_at");
        doc.put("name", "Dintero " + t.name() + " " + country[0]);
        doc.put("description", t.description());
        doc.put("pricing_conditions", "Prices in " + country[1] + " excluding VAT. Flat amounts in minor units.");
        doc.putObject("metadata").put("country", country[0]).put("tier", t.name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode products = doc.putArray("products");
        products.add(product("checkout.capture.card", "Cards", t.cardPercent(), t.cardFlat(), country[1], country[0]));
        products.add(product("checkout.capture." + country[2], country[3], t.walletPercent(), 0, country[1], null));
        doc.put("price_package_id", ppid);
        doc.put("creation_state", "pristine");
        doc.put("type", "default");
        return doc;
    }

    private static ObjectNode product(String productId, String name, String unit, int flat, String currency,
                                      String cardIssuerCountry) {
        ObjectNode p = Json.object();
        p.put("namespace", "checkout");
        p.put("product_id", productId);
        ObjectNode price = p.putArray("prices").addObject();
        price.put("type", "blend");
        price.putArray("amounts").addObject()
                .put("name", name)
                .put("description", name + " captured in " + currency)
                .put("flat_amount", flat)
                .put("unit_amount", unit);
        ArrayNode dimensions = price.putArray("dimensions");
        dimensions.addObject().put("name", "currency").putArray("values").add(currency);
        if (cardIssuerCountry != null) {
            dimensions.addObject().put("name", "card.issuer_country").putArray("values").add(cardIssuerCountry);
        }
        return p;
    }

    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
