package io.accountsdesk.sandbox.approvals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.SandboxContext;
import io.accountsdesk.sandbox.auth.TokenPrincipal;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Approvals (endpoints.tsv rows 89-97): customer-due-diligence cases, applications for Dintero payments and
 * applications for new sellers (payout destinations) of one account. See {@link Approvals} for the state behind them.
 *
 * <p>Three routes are GUESSED in endpoints.tsv and served exactly as listed there: the CDD callback
 * ({@code POST .../cdd/cases/{id}/callback}) and the seller item routes ({@code GET} and {@code DELETE
 * .../payout-destinations/{id}}). The seed gives no status codes: a create answers 200 with the created resource,
 * an archive and a callback answer 204 with no body (the seed shows only an error body for those two).
 *
 * <p>The callback has no {@code scopes:} in the seed: it is the CDD service calling, authenticated by its
 * {@code signature} (a query parameter here, as the seed lists it beside the path values). The sandbox cannot know
 * the CDD service's signing key, so it requires a signature but accepts any. The seed's text also has no
 * {@code scopes:} for the seller application (#95), but Dintero's reference page for it asks for a bearer token, so it
 * is protected like its siblings. CDD cases have no delete or archive operation in the seed; a case is archived with
 * the seller application it belongs to.
 */
public final class ApprovalRoutes {

    static final String CASES = "/accounts/{aid}/management/settings/cdd/cases";
    static final String CALLBACK = CASES + "/{id}/callback";
    static final String PAYMENTS = "/accounts/{aid}/management/settings/approvals/payments";
    static final String PAYOUTS = "/accounts/{aid}/management/settings/approvals/payout-destinations";
    static final String PAYOUT = PAYOUTS + "/{id}";

    private final Approvals approvals;

    public ApprovalRoutes(SandboxContext context) {
        this.approvals = new Approvals(context.documents(), context.clock(), context.outbox());
    }

    public void register(RouteTable routes) {
        routes.add("GET", CASES, this::listCases);
        routes.add("POST", CASES, this::openCase);
        routes.open("POST", CALLBACK, this::callback);
        routes.add("GET", PAYMENTS, this::listPayments);
        routes.add("POST", PAYMENTS, this::applyForPayments);
        routes.add("GET", PAYOUTS, this::listPayoutDestinations);
        routes.add("POST", PAYOUTS, this::applyForPayoutDestination);
        routes.add("GET", PAYOUT, this::getPayoutDestination);
        routes.add("DELETE", PAYOUT, this::archivePayoutDestination);
    }

    /** A bare array, as the seed's example; no paging in the seed. */
    Response listCases(Request request) {
        List<FieldError> errors = new ArrayList<>();
        var query = request.query();
        List<String> products = ApprovalRequests.oneOf(query, "products", ApprovalRequests.PRODUCTS, errors);
        List<String> actions = ApprovalRequests.oneOf(query, "actions_on_approval", ApprovalRequests.ACTIONS, errors);
        List<String> includes = ApprovalRequests.oneOf(query, "includes", List.of(ApprovalRequests.INCLUDE_CONTRACTS), errors);
        List<CaseStatus> statuses = ApprovalRequests.statuses(query, errors);
        String destination = ApprovalRequests.single(query, "payout_destination_id").filter(s -> !s.isEmpty()).orElse(null);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        ArrayNode body = Json.MAPPER.createArrayNode();
        approvals.cases(request.pathParam("aid"), new Approvals.CaseQuery(products, destination, statuses, actions,
                includes.contains(ApprovalRequests.INCLUDE_CONTRACTS))).forEach(body::add);
        return Response.json(200, body);
    }

    Response openCase(Request request) {
        JsonNode body = request.json();
        ApprovalRequests.checkCddCase(body);
        return Response.json(200, approvals.openCase(request.pathParam("aid"), clientId(request), body));
    }

    Response callback(Request request) {
        String signature = ApprovalRequests.single(request.query(), "signature").orElse("");
        if (signature.isBlank()) {
            throw ApiException.validation(List.of(FieldError.query("signature",
                    "is required: the CDD service signs each callback with ?signature=...")));
        }
        String aid = request.pathParam("aid");
        String id = request.pathParam("id");
        if (!approvals.callback(aid, id)) {
            throw ApiException.notFound("No CDD case " + id + " for account " + aid
                    + "; list the account's cases with GET /accounts/" + aid + "/management/settings/cdd/cases");
        }
        return new Response(204, Map.of(), new byte[0]);
    }

    Response listPayments(Request request) {
        List<FieldError> errors = new ArrayList<>();
        List<CaseStatus> statuses = ApprovalRequests.statuses(request.query(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        ObjectNode body = Json.object();
        ArrayNode items = body.putArray("payments");
        approvals.payments(request.pathParam("aid"), statuses).forEach(items::add);
        return Response.json(200, body);
    }

    Response applyForPayments(Request request) {
        JsonNode body = request.json();
        ApprovalRequests.checkApplication(ApprovalRequests.NEW_PAYMENTS, body);
        return Response.json(200, approvals.applyForPayments(request.pathParam("aid"), clientId(request), body));
    }

    Response listPayoutDestinations(Request request) {
        List<FieldError> errors = new ArrayList<>();
        List<CaseStatus> statuses = ApprovalRequests.statuses(request.query(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        String destination = ApprovalRequests.single(request.query(), "payout_destination_id")
                .filter(s -> !s.isEmpty()).orElse(null);
        ObjectNode body = Json.object();
        ArrayNode items = body.putArray("payout_destinations");
        approvals.payoutDestinations(request.pathParam("aid"), destination, statuses).forEach(items::add);
        return Response.json(200, body);
    }

    Response applyForPayoutDestination(Request request) {
        JsonNode body = request.json();
        ApprovalRequests.checkApplication(ApprovalRequests.NEW_PAYOUT_DESTINATION, body);
        return Response.json(200, approvals.applyForPayoutDestination(request.pathParam("aid"), clientId(request), body));
    }

    Response getPayoutDestination(Request request) {
        String aid = request.pathParam("aid");
        String id = approvalId(request);
        return approvals.payoutDestination(aid, id)
                .map(doc -> Response.json(200, doc))
                .orElseThrow(() -> notFound(aid, id));
    }

    Response archivePayoutDestination(Request request) {
        String aid = request.pathParam("aid");
        String id = approvalId(request);
        String raw = ApprovalRequests.single(request.query(), "delete_active").orElse("false");
        boolean deleteActive;
        switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> deleteActive = true;
            case "false" -> deleteActive = false;
            default -> throw ApiException.validation(List.of(FieldError.query("delete_active",
                    "must be true or false, not '" + raw + "'")));
        }
        if (approvals.archivePayoutDestination(aid, id, deleteActive, clientId(request)) == Approvals.Archived.NOT_FOUND) {
            throw notFound(aid, id);
        }
        return new Response(204, Map.of(), new byte[0]);
    }

    /** The seed's {@code id <uuid>}: a malformed id is the caller's mistake (400), an unknown one a 404. */
    private static String approvalId(Request request) {
        String id = request.pathParam("id");
        if (!ApprovalRequests.UUID.matcher(id).matches()) {
            throw ApiException.validation(List.of(FieldError.path("id",
                    "must be an approval id (a UUID like 497f6eca-6276-4993-bfeb-53cbbbba6f08), not '" + id + "'")));
        }
        return id.toLowerCase(Locale.ROOT);
    }

    private static ApiException notFound(String aid, String id) {
        return ApiException.notFound("No seller approval " + id + " for account " + aid
                + "; list them with GET /accounts/" + aid + "/management/settings/approvals/payout-destinations");
    }

    private static String clientId(Request request) {
        return request.attribute(TokenPrincipal.class).map(TokenPrincipal::clientId).orElse("unknown");
    }
}
