package io.accountsdesk.sandbox.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.SandboxContext;
import io.accountsdesk.sandbox.accounts.AccountDocuments;
import io.accountsdesk.sandbox.accounts.AccountIds;
import io.accountsdesk.sandbox.accounts.AccountRepository;
import io.accountsdesk.sandbox.accounts.AccountShapes;
import io.accountsdesk.sandbox.accounts.AccountStore;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.http.Shape;
import io.accountsdesk.sandbox.store.DocumentStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Account settings: {@code GET/PUT /accounts/{aid}/management/settings}, an account's own view of itself (seed lines
 * 6265 and 7227): the account without what only its partner manages (progression, account manager, price package,
 * statistics, approvals). The bearer check already allows only a token for {@code aid} itself (the account's own,
 * or a partner's exchange token for that sub-account), so a partner's token on a sub-account's settings is a 403.
 *
 * <p>Sub-accounts' settings are their account documents, and a PUT changes the account the partner sees too. The
 * partner is not one of the accounts (it lives in its own table), so its settings are a document of their own,
 * {@code ("settings.partner", partnerId, partnerId)}, seeded from the partner's name on first start.
 *
 * <p>PUT takes {@code company}, {@code billing} and {@code services}, all optional; what is sent merges into what is
 * stored field by field ({@code null} clears a field).
 */
public final class SettingsRoutes {

    static final String PARTNER_KIND = "settings.partner";

    static final Shape UPDATE = Shape.object()
            .field("company", AccountShapes.company(false))
            .field("billing", AccountShapes.billing())
            .field("services", AccountShapes.services());

    private final DocumentStore documents;
    private final AccountRepository accounts;
    private final Clock clock;

    public SettingsRoutes(SandboxContext context) {
        this.documents = context.documents();
        this.accounts = context.accounts();
        this.clock = context.clock();
        seedPartner(context.partnerId());
    }

    public void register(RouteTable routes) {
        routes.add("GET", "/accounts/{aid}/management/settings", this::get);
        routes.add("PUT", "/accounts/{aid}/management/settings", this::update);
    }

    Response get(Request request) {
        String accountId = request.pathParam("aid");
        ObjectNode settings = documents.inTransaction(tx -> load(tx, accountId));
        return Response.json(200, AccountDocuments.settingsView(settings));
    }

    Response update(Request request) {
        String accountId = request.pathParam("aid");
        JsonNode body = request.json();
        UPDATE.check(body);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ObjectNode settings = documents.inTransaction(tx -> {
            ObjectNode doc = load(tx, accountId);
            for (String field : new String[] {"company", "billing", "services"}) {
                JsonNode value = body.get(field);
                if (value == null) {
                    continue;
                }
                if (value.isObject() && doc.path(field).isObject()) {
                    AccountDocuments.merge((ObjectNode) doc.get(field), value);
                } else {
                    doc.set(field, value.deepCopy());
                }
            }
            doc.put("updated_at", now.toString());
            if (isPartnerDocument(doc)) {
                tx.put(PARTNER_KIND, accountId, accountId, doc);
            } else {
                AccountStore.replace(tx, doc.path("partner_id").asText(), doc);
            }
            return doc;
        });
        return Response.json(200, AccountDocuments.settingsView(settings));
    }

    private static boolean isPartnerDocument(JsonNode doc) {
        return doc.path("partner_id").isNull();
    }

    /** The stored document behind {@code accountId}'s settings, locked in the transaction; 404 when none. */
    private ObjectNode load(DocumentStore.Tx tx, String accountId) {
        Optional<String> partner = accounts.partnerOf(accountId);
        if (partner.isPresent()) {
            Optional<ObjectNode> account = AccountStore.find(tx, partner.get(), accountId);
            if (account.isPresent()) {
                return account.get();
            }
        }
        return tx.get(PARTNER_KIND, accountId, accountId).orElseThrow(() -> ApiException.notFound(
                "No account " + accountId + "; it may have been deleted"));
    }

    /** The partner's own settings, made once from its row in the partners table (idempotent; reset re-seeds). */
    private void seedPartner(String partnerId) {
        documents.inTransaction(tx -> {
            if (tx.get(PARTNER_KIND, partnerId, partnerId).isPresent()) {
                return null;
            }
            AccountStore.Partner partner = AccountStore.partner(tx, partnerId).orElse(null);
            if (partner == null) {
                return null;
            }
            tx.put(PARTNER_KIND, partnerId, partnerId, partnerSettings(partner));
            return null;
        });
    }

    static ObjectNode partnerSettings(AccountStore.Partner partner) {
        String name = partner.name();
        String shortName = name.replaceAll("\\s+(AS|AB|ApS|Oy)$", "");
        String domain = shortName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "") + ".no";
        String created = partner.createdAt().toString();
        ObjectNode doc = Json.object();
        doc.put("id", UUID.nameUUIDFromBytes(("settings/" + partner.partnerId()).getBytes(StandardCharsets.UTF_8))
                .toString());
        doc.put("created_at", created);
        doc.putNull("created_by");
        doc.put("updated_at", created);
        doc.putNull("deleted_by");
        doc.putNull("deleted_at");
        doc.putNull("jwks");
        doc.put("payment_case_status", "ACTIVE");
        for (String field : new String[] {"projected_sales", "average_transaction_value", "merchant_category_code",
                "delivery_timeline", "most_expensive_product_price", "gift_card_revenue_percentage", "credit_rating",
                "prev_credit_rating"}) {
            doc.putNull(field);
        }
        doc.put("currency", "NOK");
        ObjectNode applicant = doc.putObject("applicant");
        applicant.put("first_name", "Kari");
        applicant.put("last_name", "Nordmann");
        applicant.put("email", "kari.nordmann@" + domain);
        applicant.put("phone_number", "+4722334455");
        ObjectNode company = doc.putObject("company");
        company.put("business_name", name);
        company.put("display_name", shortName);
        company.put("organization_number", "987654325");
        company.put("industry", "Payment services");
        company.set("address", address());
        company.put("email", "post@" + domain);
        company.put("technical_email", "it@" + domain);
        company.put("phone_number", "+4722334455");
        ObjectNode billing = doc.putObject("billing");
        billing.put("business_name", name);
        billing.put("organization_number", "987654325");
        billing.set("address", address());
        billing.put("email", "faktura@" + domain);
        billing.putNull("reference");
        billing.put("phone_number", "+4722334455");
        ObjectNode subscription = doc.putObject("subscription");
        subscription.put("interval", "year");
        subscription.put("plan", "partner");
        subscription.put("support", "office_hours");
        subscription.putObject("metadata");
        doc.put("account_id", partner.partnerId());
        // A partner is nobody's sub-account.
        doc.putNull("partner_id");
        doc.put("livemode", AccountIds.isLive(partner.partnerId()));
        doc.put("active", true);
        doc.put("language_code", "nb");
        doc.putObject("connections");
        doc.putObject("services");
        return doc;
    }

    private static ObjectNode address() {
        ObjectNode a = Json.object();
        a.put("address_line", "Dronning Eufemias gate 16");
        a.putNull("address_line_2");
        a.put("postal_code", "0191");
        a.put("postal_place", "Oslo");
        a.put("country", "NO");
        return a;
    }
}
