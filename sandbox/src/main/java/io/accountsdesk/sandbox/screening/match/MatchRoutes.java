package io.accountsdesk.sandbox.screening.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.screening.OffsetPaging;
import io.accountsdesk.sandbox.screening.RegisterContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Mastercard MATCH: termination inquiries, fetching an inquiry again by its IRN, and reporting a terminated merchant.
 *
 * <ul>
 *   <li>{@code POST /accounts/{aid}/compliance-search/match} (seed line 12726) runs an inquiry against the register
 *       ({@link MatchSearch}), stores every possible match under a new inquiry reference number (IRN) and answers one
 *       page of them.</li>
 *   <li>{@code GET /accounts/{aid}/compliance-search/match/{irn}} (seed line 12918; the path is GUESSED, a sub-path of
 *       the documented search, see ENDPOINTS.md #120) pages through a stored inquiry. The result is the one the
 *       inquiry found then: a merchant reported later does not appear in it, as with MATCH's IRN look-ups. An IRN
 *       belongs to the account that made the inquiry; another account gets 404.</li>
 *   <li>{@code POST /accounts/{aid}/compliance-search/match/terminate} (seed line 12878) adds a listing, which every
 *       later inquiry (from any account: MATCH is shared by all acquirers) can find.</li>
 * </ul>
 * Both POSTs answer 200: the seed gives their response bodies but no status, and they return results rather than a
 * created resource's location.
 *
 * <p>Page shape: {@code starting_after} echoes the offset, and {@code possible_matches} is one group whose
 * {@code TotalLength} is the number of possible matches of the whole inquiry and whose {@code TerminatedMerchant}
 * holds this page. The IRN is a string in the body (seed: {@code "inquiry_reference_number": "string"}) and an integer
 * in the path; it is built as MATCH builds them, ICA + date + sequence (17 digits).
 */
public final class MatchRoutes {

    static final String INQUIRY_KIND = "screening.match.inquiry";
    private static final Pattern IRN = Pattern.compile("^\\d{1,18}$");

    private final RegisterContext context;

    public MatchRoutes(RegisterContext context) {
        this.context = context;
    }

    public void register(RouteTable routes) {
        routes.param("irn", IRN, "must be an inquiry reference number: the digits of inquiry_reference_number,"
                + " like 19962025061400001");
        routes.add("POST", "/accounts/{aid}/compliance-search/match", this::search);
        routes.add("GET", "/accounts/{aid}/compliance-search/match/{irn}", this::inquiry);
        routes.add("POST", "/accounts/{aid}/compliance-search/match/terminate", this::terminate);
    }

    Response search(Request request) {
        List<FieldError> errors = new ArrayList<>();
        OffsetPaging paging = OffsetPaging.parse(request.query(), errors);
        JsonNode body = request.json();
        errors.addAll(MatchShapes.SEARCH.validate(body));
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        String accountId = request.pathParam("aid");
        List<ObjectNode> listings = context.register().listings();
        List<ObjectNode> matches = MatchSearch.run(body, listings);
        ObjectNode inquiry = context.sequences().withNext("match.irn", (tx, sequence) -> {
            String irn = Long.toString(MatchListings.referenceNumber(MatchListings.SANDBOX_ICA, today(), sequence));
            ObjectNode stored = Json.object();
            stored.put("inquiry_reference_number", irn);
            stored.put("created_at", context.now());
            stored.set("merchant", body.get("merchant"));
            stored.set("search_criteria", body.get("search_criteria"));
            ArrayNode all = stored.putArray("matches");
            matches.forEach(all::add);
            tx.put(INQUIRY_KIND, accountId, irn, stored, irn);
            return stored;
        });
        return Response.json(200, page(inquiry, paging));
    }

    Response inquiry(Request request) {
        List<FieldError> errors = new ArrayList<>();
        OffsetPaging paging = OffsetPaging.parse(request.query(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        String accountId = request.pathParam("aid");
        String irn = request.pathParam("irn").replaceFirst("^0+(?=\\d)", "");
        ObjectNode inquiry = context.store().get(INQUIRY_KIND, accountId, irn).orElseThrow(() -> ApiException.notFound(
                "No MATCH inquiry " + irn + " for account " + accountId + "; use the inquiry_reference_number that"
                        + " POST /accounts/" + accountId + "/compliance-search/match returned"));
        return Response.json(200, page(inquiry, paging));
    }

    Response terminate(Request request) {
        JsonNode body = request.json();
        List<FieldError> errors = new ArrayList<>(MatchShapes.TERMINATE.validate(body));
        if (errors.isEmpty()) {
            errors.addAll(MatchShapes.terminationDates(body));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        String accountId = request.pathParam("aid");
        long reference = context.sequences().withNext("match.merchant_reference_number", (tx, sequence) -> {
            LocalDate today = today();
            long number = MatchListings.referenceNumber(MatchListings.SANDBOX_ICA, today, sequence);
            tx.put(MatchListings.KIND, MatchListings.OWNER, Long.toString(number),
                    MatchListings.fromTermination(body, number, today, accountId), Long.toString(number));
            return number;
        });
        ObjectNode answer = Json.object();
        answer.put("merchant_reference_number", reference);
        return Response.json(200, answer);
    }

    private LocalDate today() {
        return LocalDate.now(context.clock());
    }

    /** One page of a stored inquiry, in the seed's response shape. */
    static ObjectNode page(ObjectNode inquiry, OffsetPaging paging) {
        List<JsonNode> all = new ArrayList<>();
        inquiry.path("matches").forEach(all::add);
        ObjectNode answer = Json.object();
        answer.put("starting_after", paging.startingAfter());
        answer.put("inquiry_reference_number", inquiry.path("inquiry_reference_number").asText());
        ObjectNode group = answer.putArray("possible_matches").addObject();
        group.put("TotalLength", all.size());
        ArrayNode merchants = group.putArray("TerminatedMerchant");
        paging.page(all).forEach(merchants::add);
        return answer;
    }
}
