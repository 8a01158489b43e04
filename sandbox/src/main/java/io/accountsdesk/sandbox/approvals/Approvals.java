package io.accountsdesk.sandbox.approvals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.accounts.AccountIds;
import io.accountsdesk.sandbox.accounts.AccountRepository;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.outbox.Outbox;
import io.accountsdesk.sandbox.store.DocumentStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The state of an account's approvals: applications for payments, applications for payout destinations (sellers) and
 * the customer-due-diligence (CDD) cases behind them, kept as documents in the {@link DocumentStore}.
 *
 * <p><b>How the pieces hang together.</b> Each application opens a CDD case (products {@code checkout} or
 * {@code payout}, {@code case_request.referenceId} = the application's id), because Dintero's applications are CDD
 * cases underneath: the seed's approval filters are even described as "filter CDDs by status". The sandbox has no CDD
 * service, so the CDD callback ({@link #callback}) plays it: each call moves the case one step along
 * {@link CaseStatus#next} and appends an event; an application follows its case's status.
 *
 * <p><b>Counters.</b> Every status change of an application is counted in the same transaction in the account
 * document's {@code approvals_payments_statuses} / {@code approvals_payout_destinations_statuses}, and a payments
 * application's status is the account's {@code payment_case_status} while it is the newest one, so the account
 * list and detail always agree with these lists. An {@code aid} with no account document (the partner's own account)
 * has approvals but no counters.
 *
 * <p><b>Test mode.</b> On a T account, a payout-destination application whose {@code payout_destination_description}
 * contains {@code ACTIVE}, {@code DECLINED} or {@code WAITING_FOR_SIGNATURE} as a word starts in that status (seed:
 * "auto-approve or decline a new seller by adding one of the following values to payout_destination_description").
 * The same holds for a CDD case's {@code case_for.payout_destination_description}, as the seller application is a
 * CDD case. Any other description, and every P account, follows the normal flow: the application starts in
 * {@code WAITING_FOR_DETAILS} (the signatory has not filled in the form) and stays there until CDD callbacks move it.
 */
final class Approvals {

    static final String PAYMENTS = "approvals.payments";
    static final String PAYOUTS = "approvals.payout_destinations";
    static final String CASES = "approvals.cdd_cases";
    /** caseId → the application it belongs to; the lookup key is the application's id, for the other direction. */
    static final String LINKS = "approvals.case_links";
    /** One marker per account whose demo approvals have been derived from its counters. */
    static final String SEEDED = "approvals.seeded";

    static final String PAYMENTS_COUNTER = "approvals_payments_statuses";
    static final String PAYOUTS_COUNTER = "approvals_payout_destinations_statuses";

    /** The test-mode values, in the seed's order; the first found wins. */
    private static final List<CaseStatus> TEST_OUTCOMES =
            List.of(CaseStatus.ACTIVE, CaseStatus.DECLINED, CaseStatus.WAITING_FOR_SIGNATURE);

    private static final List<String> BANK_FIELDS = List.of("bank_name", "bank_account_number",
            "bank_account_number_type", "bank_account_country_code", "bank_account_currency", "payout_currency",
            "bank_identification_code");

    private final DocumentStore documents;
    private final Clock clock;
    private final Outbox outbox;

    Approvals(DocumentStore documents, Clock clock, Outbox outbox) {
        this.documents = documents;
        this.clock = clock;
        this.outbox = outbox;
    }

    // ---------------------------------------------------------------- reads

    /** Payments applications, newest first; archived ones only when {@code statuses} asks for them. */
    List<ObjectNode> payments(String aid, List<CaseStatus> statuses) {
        ensureSeeded(aid);
        return documents.list(PAYMENTS, aid, null, Integer.MAX_VALUE, statusFilter(statuses));
    }

    /** Seller applications, newest first; archived ones only when {@code statuses} asks for them. */
    List<ObjectNode> payoutDestinations(String aid, String payoutDestinationId, List<CaseStatus> statuses) {
        ensureSeeded(aid);
        Predicate<ObjectNode> keep = statusFilter(statuses);
        return documents.list(PAYOUTS, aid, null, Integer.MAX_VALUE, doc -> keep.test(doc)
                && (payoutDestinationId == null || payoutDestinationId.equals(doc.path("payout_destination_id").asText(null))));
    }

    Optional<ObjectNode> payoutDestination(String aid, String id) {
        ensureSeeded(aid);
        return documents.get(PAYOUTS, aid, id);
    }

    /** "This will remove the approval from the list of approvals": archived applications are left out by default. */
    private static Predicate<ObjectNode> statusFilter(List<CaseStatus> statuses) {
        if (statuses.isEmpty()) {
            return doc -> !CaseStatus.ARCHIVED.name().equals(doc.path("case_status").asText());
        }
        return doc -> statuses.stream().anyMatch(s -> s.name().equals(doc.path("case_status").asText()));
    }

    /** The filters of the CDD case list. Array filters match a case that has any of the given values. */
    record CaseQuery(List<String> products, String payoutDestinationId, List<CaseStatus> statuses,
                     List<String> actions, boolean includeContracts) {
    }

    /** CDD cases, newest first, without the contracts inside {@code events[].case} unless asked for. */
    List<ObjectNode> cases(String aid, CaseQuery query) {
        ensureSeeded(aid);
        Pattern destination = query.payoutDestinationId() == null ? null : wildcard(query.payoutDestinationId());
        List<ObjectNode> found = documents.list(CASES, aid, null, Integer.MAX_VALUE, doc ->
                (query.products().isEmpty() || anyOf(doc.path("products"), query.products()))
                        && (query.actions().isEmpty() || anyOf(doc.path("actions_on_approval"), query.actions()))
                        && (query.statuses().isEmpty() || query.statuses().contains(statusOfCase(doc)))
                        && (destination == null || destination.matcher(
                                doc.path("case_for").path("payout_destination_id").asText("")).matches()
                                && doc.path("case_for").hasNonNull("payout_destination_id")));
        return query.includeContracts() ? found : found.stream().map(Approvals::withoutContracts).toList();
    }

    /** {@code *} matches any run of characters; everything else literally. */
    static Pattern wildcard(String filter) {
        String[] parts = filter.split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static boolean anyOf(JsonNode array, List<String> wanted) {
        for (JsonNode value : array) {
            if (wanted.contains(value.asText())) {
                return true;
            }
        }
        return false;
    }

    static CaseStatus statusOfCase(JsonNode cddCase) {
        JsonNode events = cddCase.path("events");
        return CaseStatus.parse(events.path(events.size() - 1).path("case_status").asText()).orElse(CaseStatus.INITIAL);
    }

    /** The seed's 2024 change: contract details only with {@code includes=events.case.contracts}. */
    private static ObjectNode withoutContracts(ObjectNode cddCase) {
        ObjectNode copy = cddCase.deepCopy();
        for (JsonNode event : copy.path("events")) {
            if (event.path("case").isObject()) {
                ((ObjectNode) event.get("case")).remove("contracts");
            }
        }
        return copy;
    }

    // ---------------------------------------------------------------- writes

    /** Applies for payments; the application starts in {@code WAITING_FOR_DETAILS}. */
    ObjectNode applyForPayments(String aid, String clientId, JsonNode body) {
        ensureSeeded(aid);
        String id = UUID.randomUUID().toString();
        Instant now = now();
        ObjectNode created = documents.inTransaction(tx -> {
            AccountSide account = AccountSide.lock(tx.connection(), aid);
            ObjectNode approval = paymentsApproval(id, now, clientId, body, CaseStatus.INITIAL, account.mcc());
            ObjectNode cddCase = caseForApplication(aid, clientId, now, approval, CaseStatus.INITIAL, false,
                    account.pricePackage());
            approval.set("links", links(contractUrl(cddCase)));
            approval.set("mcc", approval.remove("mcc"));
            store(tx, aid, PAYMENTS, approval, cddCase);
            account.count(PAYMENTS_COUNTER, null, CaseStatus.INITIAL);
            account.paymentCaseStatus(CaseStatus.INITIAL);
            account.save();
            return approval;
        });
        notifySubmitter(created, "Dintero payments for " + aid);
        return created;
    }

    /** Applies for a seller; test mode may decide the outcome (see the class comment). */
    ObjectNode applyForPayoutDestination(String aid, String clientId, JsonNode body) {
        ensureSeeded(aid);
        String id = UUID.randomUUID().toString();
        Instant now = now();
        CaseStatus status = testOutcome(aid, body.path("payout_destination_description").asText(null))
                .orElse(CaseStatus.INITIAL);
        ObjectNode created = documents.inTransaction(tx -> {
            AccountSide account = AccountSide.lock(tx.connection(), aid);
            ObjectNode approval = payoutApproval(id, now, clientId, body, status);
            ObjectNode cddCase = caseForApplication(aid, clientId, now, approval, status, true, null);
            approval.set("links", links(contractUrl(cddCase)));
            store(tx, aid, PAYOUTS, approval, cddCase);
            account.count(PAYOUTS_COUNTER, null, status);
            account.save();
            return approval;
        });
        notifySubmitter(created, "the seller " + created.path("payout_destination_id").asText() + " of " + aid);
        return created;
    }

    /** Opens a CDD case as asked; it is not tied to an application. */
    ObjectNode openCase(String aid, String clientId, JsonNode body) {
        ensureSeeded(aid);
        Instant now = now();
        ObjectNode caseFor = Json.object();
        JsonNode given = body.path("case_for");
        caseFor.put("account_id", given.path("account_id").asText(aid));
        for (String field : List.of("payout_destination_id", "payout_destination_name", "payout_destination_description",
                "payout_reference")) {
            caseFor.set(field, given.hasNonNull(field) ? given.get(field) : Json.MAPPER.nullNode());
        }
        CaseStatus status = testOutcome(aid, caseFor.path("payout_destination_description").asText(null))
                .orElse(CaseStatus.INITIAL);
        ObjectNode request = Json.object();
        JsonNode givenRequest = body.path("case_request");
        for (String field : List.of("checks", "countryCode", "organizationNumber", "requireContractSigning", "details",
                "callbackUrl", "referenceId")) {
            request.set(field, givenRequest.hasNonNull(field) ? givenRequest.get(field) : Json.MAPPER.nullNode());
        }
        String id = UUID.randomUUID().toString();
        ObjectNode cddCase = newCase(id, aid, clientId, now, body.path("package").asText(null), caseFor,
                arrayOrEmpty(body.get("actions_on_approval")), arrayOrEmpty(body.get("products")),
                arrayOrEmpty(body.get("payment_options")), request, status);
        documents.put(CASES, aid, id, cddCase);
        return cddCase;
    }

    /**
     * The CDD service's callback: the sandbox "fetches" the case again, which moves it one step and records an event.
     * An archived case ignores updates. The application behind the case follows, with the account's counters.
     *
     * @return false when the account has no such case
     */
    boolean callback(String aid, String caseId) {
        ensureSeeded(aid);
        Instant now = now();
        return documents.inTransaction(tx -> {
            AccountSide account = AccountSide.lock(tx.connection(), aid);
            Optional<ObjectNode> found = tx.get(CASES, aid, caseId);
            if (found.isEmpty()) {
                return false;
            }
            ObjectNode cddCase = found.get();
            CaseStatus from = statusOfCase(cddCase);
            if (from == CaseStatus.ARCHIVED) {
                return true;
            }
            boolean signing = !cddCase.path("case_request").path("requireContractSigning").isBoolean()
                    || cddCase.path("case_request").path("requireContractSigning").asBoolean();
            CaseStatus to = from.next(signing);
            appendEvent(cddCase, to, "case_updated", now);
            tx.put(CASES, aid, caseId, cddCase);
            Optional<ObjectNode> link = tx.get(LINKS, aid, caseId);
            if (link.isPresent() && from != to) {
                String kind = link.get().path("approval_kind").asText();
                String approvalId = link.get().path("approval_id").asText();
                tx.get(kind, aid, approvalId).ifPresent(approval -> {
                    CaseStatus before = CaseStatus.parse(approval.path("case_status").asText()).orElse(from);
                    if (before == CaseStatus.ARCHIVED) {
                        return;
                    }
                    approval.put("case_status", to.name());
                    approval.put("updated_at", now.toString());
                    tx.put(kind, aid, approvalId, approval);
                    boolean payments = kind.equals(PAYMENTS);
                    account.count(payments ? PAYMENTS_COUNTER : PAYOUTS_COUNTER, before, to);
                    if (payments && isNewest(tx, aid, approvalId)) {
                        account.paymentCaseStatus(to);
                    }
                });
            }
            account.save();
            return true;
        });
    }

    /** What archiving did, for the route's answer. */
    enum Archived { DONE, NOT_FOUND }

    /**
     * Archives a seller application: status {@code ARCHIVED}, {@code deleted_at}/{@code deleted_by} set, left out of
     * the list, later updates ignored; its CDD case is archived with it. An ACTIVE seller is only archived with
     * {@code delete_active=true} (seed changelog: "archiving payout destination approvals that are not active").
     * Archiving an archived application changes nothing.
     */
    Archived archivePayoutDestination(String aid, String id, boolean deleteActive, String clientId) {
        ensureSeeded(aid);
        Instant now = now();
        return documents.inTransaction(tx -> {
            AccountSide account = AccountSide.lock(tx.connection(), aid);
            Optional<ObjectNode> found = tx.get(PAYOUTS, aid, id);
            if (found.isEmpty()) {
                return Archived.NOT_FOUND;
            }
            ObjectNode approval = found.get();
            CaseStatus before = CaseStatus.parse(approval.path("case_status").asText()).orElse(CaseStatus.INITIAL);
            if (before == CaseStatus.ARCHIVED) {
                return Archived.DONE;
            }
            if (before == CaseStatus.ACTIVE && !deleteActive) {
                throw ApiException.validation(List.of(FieldError.query("delete_active", "must be true to archive "
                        + "an ACTIVE seller: approval " + id + " is approved; archive it with ?delete_active=true")));
            }
            approval.put("case_status", CaseStatus.ARCHIVED.name());
            approval.put("updated_at", now.toString());
            approval.put("deleted_at", now.toString());
            approval.put("deleted_by", clientId);
            tx.put(PAYOUTS, aid, id, approval);
            tx.byLookup(LINKS, id).flatMap(link -> tx.get(CASES, aid, link.id())).ifPresent(cddCase -> {
                appendEvent(cddCase, CaseStatus.ARCHIVED, "case_archived", now);
                cddCase.put("deleted_at", now.toString());
                cddCase.put("deleted_by", clientId);
                tx.put(CASES, aid, cddCase.path("id").asText(), cddCase);
            });
            account.count(PAYOUTS_COUNTER, before, CaseStatus.ARCHIVED);
            account.save();
            return Archived.DONE;
        });
    }

    private static boolean isNewest(DocumentStore.Tx tx, String aid, String approvalId) {
        List<ObjectNode> newest = tx.list(PAYMENTS, aid, null, 1, doc -> true);
        return !newest.isEmpty() && approvalId.equals(newest.get(0).path("id").asText());
    }

    void store(DocumentStore.Tx tx, String aid, String kind, ObjectNode approval, ObjectNode cddCase) {
        String approvalId = approval.path("id").asText();
        String caseId = cddCase.path("id").asText();
        tx.put(kind, aid, approvalId, approval);
        tx.put(CASES, aid, caseId, cddCase);
        ObjectNode link = Json.object();
        link.put("approval_kind", kind);
        link.put("approval_id", approvalId);
        tx.put(LINKS, aid, caseId, link, approvalId);
    }

    /** "If the email is set the user will be notified about the form via email": the outbox keeps that email. */
    private void notifySubmitter(ObjectNode approval, String what) {
        String email = approval.path("form_submitter").path("email").asText(null);
        if (email == null || email.isBlank()) {
            return;
        }
        String url = approval.path("links").path(0).path("href").asText();
        outbox.send(new Outbox.Message("email", email, "approval_form", null,
                "Please complete and sign the application for " + what + ": " + url));
    }

    static Optional<CaseStatus> testOutcome(String aid, String description) {
        // Seed: "only available in test mode, i.e. with an aid prefixed with "T"": a P account (a live-mode sandbox)
        // follows the normal flow, as production does.
        if (AccountIds.isLive(aid) || description == null) {
            return Optional.empty();
        }
        return TEST_OUTCOMES.stream()
                .filter(s -> Pattern.compile("\\b" + s.name() + "\\b").matcher(description).find())
                .findFirst();
    }

    // ---------------------------------------------------------------- demo data

    /**
     * Demo accounts come with counters but no documents; the first request about an account's approvals derives the
     * documents from the counters ({@link DemoApprovals}), once, under the account's row lock.
     */
    void ensureSeeded(String aid) {
        if (documents.get(SEEDED, aid, "demo").isPresent()) {
            return;
        }
        documents.inTransaction(tx -> {
            AccountSide account = AccountSide.lock(tx.connection(), aid);
            if (account.document().isEmpty() || tx.get(SEEDED, aid, "demo").isPresent()) {
                return null;
            }
            new DemoApprovals(this, aid, account.document().get()).materialize(tx);
            ObjectNode marker = Json.object();
            marker.put("derived_from", "account counters");
            marker.put("at", now().toString());
            tx.put(SEEDED, aid, "demo", marker);
            return null;
        });
    }

    // ---------------------------------------------------------------- documents

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    static ObjectNode header(String id, Instant at, String createdBy) {
        ObjectNode doc = Json.object();
        doc.put("id", id);
        doc.put("created_at", at.toString());
        doc.put("created_by", createdBy);
        doc.put("updated_at", at.toString());
        doc.putNull("deleted_by");
        doc.putNull("deleted_at");
        return doc;
    }

    /** A payments application as served: the seed example's fields in its order, then {@code links}, then mcc. */
    static ObjectNode paymentsApproval(String id, Instant at, String createdBy, JsonNode body, CaseStatus status,
                                       Integer mcc) {
        ObjectNode doc = header(id, at, createdBy);
        ArrayNode products = doc.putArray("products");
        body.path("products").forEach(p -> products.addObject().put("product", p.path("product").asText()));
        ArrayNode methods = doc.putArray("payment_methods");
        body.path("payment_methods").forEach(m -> methods.addObject().put("payment_method", m.path("payment_method").asText()));
        doc.put("country_code", body.path("country_code").asText());
        doc.put("organization_number", body.path("organization_number").asText());
        doc.set("bank_accounts", bankAccounts(body.path("bank_accounts")));
        doc.set("form_submitter", formSubmitter(body.get("form_submitter")));
        doc.put("case_status", status.name());
        if (mcc == null) {
            doc.putNull("mcc");
        } else {
            doc.put("mcc", mcc);
        }
        return doc;
    }

    /**
     * A seller application as served: the seed example's fields in its order, then {@code links}. The seed's example
     * ends in {@code "case_status": "ACTIVE", }: a field lost in the text. Dintero's reference shows it is
     * {@code links: [{href, rel: "contract_url"}]}, the link the signatory completes the application at, so the
     * sandbox serves it (on payments applications too, where the reference shows it before {@code mcc}).
     */
    static ObjectNode payoutApproval(String id, Instant at, String createdBy, JsonNode body, CaseStatus status) {
        ObjectNode doc = header(id, at, createdBy);
        doc.put("payout_destination_id", body.path("payout_destination_id").asText());
        for (String field : List.of("payout_destination_name", "payout_destination_description")) {
            doc.set(field, body.hasNonNull(field) ? body.get(field) : Json.MAPPER.nullNode());
        }
        doc.put("payout_reference", body.path("payout_reference").asText());
        doc.put("country_code", body.path("country_code").asText());
        doc.put("organization_number", body.path("organization_number").asText());
        doc.set("bank_accounts", bankAccounts(body.path("bank_accounts")));
        doc.set("payout_interval_type", body.hasNonNull("payout_interval_type") ? body.get("payout_interval_type")
                : Json.MAPPER.nullNode());
        doc.set("form_submitter", formSubmitter(body.get("form_submitter")));
        doc.put("case_status", status.name());
        return doc;
    }

    private static ArrayNode bankAccounts(JsonNode given) {
        ArrayNode accounts = Json.MAPPER.createArrayNode();
        for (JsonNode g : given) {
            ObjectNode a = accounts.addObject();
            BANK_FIELDS.forEach(f -> a.set(f, g.hasNonNull(f) ? g.get(f) : Json.MAPPER.nullNode()));
        }
        return accounts;
    }

    private static JsonNode formSubmitter(JsonNode given) {
        if (given == null || !given.isObject()) {
            return Json.MAPPER.nullNode();
        }
        ObjectNode s = Json.object();
        for (String f : List.of("email", "name", "title")) {
            s.set(f, given.hasNonNull(f) ? given.get(f) : Json.MAPPER.nullNode());
        }
        return s;
    }

    static ArrayNode links(String contractUrl) {
        ArrayNode links = Json.MAPPER.createArrayNode();
        links.addObject().put("href", contractUrl).put("rel", "contract_url");
        return links;
    }

    /** The CDD case behind an application: what it is for, what Dintero does on approval, and its request. */
    ObjectNode caseForApplication(String aid, String createdBy, Instant at, ObjectNode approval, CaseStatus status,
                                  boolean payout, String pricePackage) {
        ObjectNode caseFor = Json.object();
        caseFor.put("account_id", aid);
        for (String field : List.of("payout_destination_id", "payout_destination_name", "payout_destination_description",
                "payout_reference")) {
            caseFor.set(field, payout && approval.hasNonNull(field) ? approval.get(field) : Json.MAPPER.nullNode());
        }
        ArrayNode actions = Json.MAPPER.createArrayNode().add(payout ? "create_payout_destination" : "enable_checkout_account");
        ArrayNode products = Json.MAPPER.createArrayNode().add(payout ? "payout" : "checkout");
        String caseId = caseIdFor(approval.path("id").asText());
        ObjectNode request = Json.object();
        request.putArray("checks").add("KYC");
        request.put("countryCode", approval.path("country_code").asText());
        request.put("organizationNumber", approval.path("organization_number").asText());
        request.put("requireContractSigning", true);
        request.putObject("details");
        // Relative to the server (a sandbox's port changes between runs; demo data must not).
        request.put("callbackUrl", "/v1/accounts/" + aid + "/management/settings/cdd/cases/" + caseId + "/callback");
        request.put("referenceId", approval.path("id").asText());
        return newCase(caseId, aid, createdBy, at, pricePackage, caseFor, actions, products,
                Json.MAPPER.createArrayNode(), request, status);
    }

    /** The case id of an application's CDD case: derived, so demo data stays deterministic. */
    static String caseIdFor(String approvalId) {
        return UUID.nameUUIDFromBytes(("cdd-case:" + approvalId).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    static ObjectNode newCase(String id, String aid, String createdBy, Instant at, String pricePackage,
                              ObjectNode caseFor, ArrayNode actions, ArrayNode products, ArrayNode paymentOptions,
                              ObjectNode request, CaseStatus status) {
        ObjectNode doc = header(id, at, createdBy);
        if (pricePackage == null) {
            doc.putNull("package");
        } else {
            doc.put("package", pricePackage);
        }
        doc.set("case_for", caseFor);
        doc.set("actions_on_approval", actions);
        doc.set("products", products);
        doc.set("payment_options", paymentOptions);
        doc.set("case_request", request);
        doc.put("account_id", aid);
        ArrayNode events = doc.putArray("events");
        String serviceCaseId = UUID.nameUUIDFromBytes(("cdd-service:" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        ObjectNode first = event(0, id, status, "case_created", at, serviceCaseId, signing(request));
        ObjectNode created = first.putObject("created");
        created.put("case_id", serviceCaseId);
        created.put("contract_url", contractUrlFor(serviceCaseId));
        events.add(first);
        return doc;
    }

    private static boolean signing(JsonNode request) {
        JsonNode flag = request.path("requireContractSigning");
        return !flag.isBoolean() || flag.asBoolean();
    }

    /**
     * One event. {@code case} is the case as the CDD service would return it; the seed shows it only as {@code {}},
     * so its fields ({@code id}, {@code status}, {@code contracts}) are the sandbox's own.
     */
    private static ObjectNode event(int seq, String caseId, CaseStatus status, String name, Instant at,
                                    String serviceCaseId, boolean signing) {
        ObjectNode e = Json.object();
        e.put("id", seq);
        e.put("request_id", UUID.nameUUIDFromBytes(("cdd-request:" + caseId + ":" + seq)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        e.put("case_status", status.name());
        e.put("event", name);
        e.put("created_at", at.toString());
        e.putNull("error");
        ObjectNode c = e.putObject("case");
        c.put("id", serviceCaseId);
        c.put("status", status.name());
        ArrayNode contracts = c.putArray("contracts");
        if (signing) {
            contracts.addObject().put("url", contractUrlFor(serviceCaseId)).put("signed", status.contractSigned());
        }
        e.putNull("created");
        return e;
    }

    /**
     * Appends an event to a case. Event names besides the seed's {@code case_created} are the sandbox's own:
     * {@code case_updated} (a callback) and {@code case_archived}.
     */
    static void appendEvent(ObjectNode cddCase, CaseStatus status, String name, Instant at) {
        ArrayNode events = (ArrayNode) cddCase.get("events");
        String serviceCaseId = events.path(0).path("created").path("case_id").asText();
        ObjectNode e = event(events.size(), cddCase.path("id").asText(), status, name, at, serviceCaseId,
                signing(cddCase.path("case_request")));
        if (status == CaseStatus.ERROR) {
            e.put("error", "The CDD service could not complete the checks; it will try again");
        }
        events.add(e);
        cddCase.put("updated_at", at.toString());
    }

    static String contractUrl(ObjectNode cddCase) {
        return cddCase.path("events").path(0).path("created").path("contract_url").asText();
    }

    /** Not a real address: the sandbox has no signing page (the {@code .invalid} domain can never resolve). */
    private static String contractUrlFor(String serviceCaseId) {
        return "https://cdd.sandbox.invalid/contracts/" + serviceCaseId;
    }

    private static ArrayNode arrayOrEmpty(JsonNode node) {
        return node != null && node.isArray() ? (ArrayNode) node.deepCopy() : Json.MAPPER.createArrayNode();
    }

    // ---------------------------------------------------------------- the account document

    /** An account document locked for this transaction, with the approval counters it carries. */
    static final class AccountSide {
        private final Connection connection;
        private final String partnerId;
        private final ObjectNode document;
        private boolean dirty;

        private AccountSide(Connection connection, String partnerId, ObjectNode document) {
            this.connection = connection;
            this.partnerId = partnerId;
            this.document = document;
        }

        /** Reads (FOR UPDATE) the account, which also serialises concurrent writes to its approvals. */
        static AccountSide lock(Connection c, String aid) {
            try (PreparedStatement ps = c.prepareStatement("SELECT partner_id FROM accounts WHERE account_id = ?")) {
                ps.setString(1, aid);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return new AccountSide(c, null, null);
                    }
                    String partnerId = rs.getString(1);
                    return new AccountSide(c, partnerId, AccountRepository.document(c, partnerId, aid).orElse(null));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read account " + aid + ": " + e.getMessage(), e);
            }
        }

        Optional<ObjectNode> document() {
            return Optional.ofNullable(document);
        }

        Integer mcc() {
            String code = document == null ? null : document.path("merchant_category_code").asText(null);
            return code != null && code.matches("\\d{1,4}") ? Integer.valueOf(code) : null;
        }

        String pricePackage() {
            return document == null ? null : document.path("price_package").asText(null);
        }

        /** Moves one application from {@code from} (null: new) to {@code to} in a counter object. */
        void count(String counter, CaseStatus from, CaseStatus to) {
            if (document == null) {
                return;
            }
            JsonNode existing = document.get(counter);
            ObjectNode counts = Json.object();
            for (String status : List.of("ACTIVE", "DECLINED", "UNDER_MANUAL_REVIEW", "AUTOMATIC_REVIEW",
                    "WAITING_FOR_SIGNATURE", "WAITING_FOR_DECLARATION", "WAITING_FOR_DETAILS", "ERROR", "ARCHIVED")) {
                counts.put(status, existing == null ? 0 : existing.path(status).asInt(0));
            }
            if (from != null) {
                counts.put(from.name(), Math.max(0, counts.path(from.name()).asInt() - 1));
            }
            counts.put(to.name(), counts.path(to.name()).asInt() + 1);
            document.set(counter, counts);
            dirty = true;
        }

        void paymentCaseStatus(CaseStatus status) {
            if (document != null) {
                document.put("payment_case_status", status.name());
                dirty = true;
            }
        }

        void save() {
            if (!dirty) {
                return;
            }
            try {
                AccountRepository.replace(connection, AccountRepository.recordOf(partnerId, document));
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot update account " + document.path("account_id").asText()
                        + ": " + e.getMessage(), e);
            }
        }
    }
}
