package io.accountsdesk.sandbox.screening.vmss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.http.Shape;
import io.accountsdesk.sandbox.screening.RegisterContext;

import java.util.List;

/**
 * Visa Merchant Screening Service: {@code POST /accounts/{aid}/compliance-search/vmss} (seed line 13033) searches the
 * VMSS register ({@link VmssSearch}) and answers every possible match at once: the seed gives no paging parameters,
 * and {@code totalCount} is the number of {@code matchedRecords}. Status 200 (the seed gives the body, not the
 * status).
 *
 * <p>{@code searchRequestRef} says who searched: the sandbox acquirer's BID and country (the seed's "10048640", "NO"),
 * a new {@code searchRequestRefID} per search ("SRCH" and a sequence, like the seed's "SRCH123412"), and the searched
 * merchant as {@code terminatedRecordSearchCriteria}. {@code globalSearch} is true: Dintero's body has no such
 * option and the sandbox searches every listing. Each search is kept (owner = the account) for reference, though the
 * seed has no operation to read it back.
 */
public final class VmssRoutes {

    static final String SEARCH_KIND = "screening.vmss.search";
    static final String SANDBOX_BID = "10048640";
    static final String SANDBOX_COUNTRY = "NO";

    /**
     * The seed (line 13033) marks only {@code merchant} required and shows the rest by example. Read from it:
     * {@code countryOrRegion} is two letters ("NO"); {@code SSN} is 11 characters (the renderer's "stringstrin" is
     * "string" padded to a minLength of 11, the length of "123-45-6789"); {@code businessEmailAddress} is an e-mail;
     * MCCs are four digits ("5411"). Dintero's docs made {@code category} and {@code tradeOverInternet} optional
     * after the seed (ENDPOINTS.md #121), so in the seed they are required. The merchant's {@code DBAName}, street,
     * city and country, and a principal's {@code name}, are required because Visa's search needs them.
     * {@code webAddresses} is not in the seed; Dintero's current docs send it, so it is accepted.
     */
    static final Shape SEARCH = Shape.object()
            .field("merchant", Shape.object()
                    .field("address", Shape.object()
                            .field("city", Shape.string().minLength(1), true)
                            .field("countryOrRegion", Shape.string().pattern("^[A-Za-z]{2}$",
                                    "must be a two-letter ISO 3166 country code, like NO"), true)
                            .field("streetAddress", Shape.string().minLength(1), true)
                            .field("stateOrProvince", Shape.string().nullable())
                            .field("zipOrPostalCode", Shape.string().nullable()), true)
                    .field("taxID", Shape.string().nullable())
                    .field("DBAName", Shape.string().minLength(1), true)
                    .field("category", Shape.string(), true)
                    .field("legalName", Shape.string().nullable())
                    .field("principals", Shape.array(Shape.object()
                            .field("SSN", Shape.string().minLength(11).maxLength(11).nullable())
                            .field("name", Shape.string().minLength(1), true)
                            .field("principalID", Shape.string().nullable())
                            .field("passportNumber", Shape.string().nullable())
                            .field("businessPhoneNumber", Shape.string().nullable())
                            .field("driverLicenseNumber", Shape.string().nullable())
                            .field("businessEmailAddress", Shape.string().email().nullable())
                            .field("residentIDOrNationalID", Shape.string().nullable())))
                    .field("financialAccts", Shape.array(Shape.object()
                            .field("intBankAccountNumber", Shape.string().nullable())
                            .field("financialAccountNumber", Shape.string().nullable())
                            .field("financialInstitutionID", Shape.string().nullable())))
                    .field("tradeOverInternet", Shape.bool(), true)
                    .field("businessEmailAddress", Shape.string().email().nullable())
                    .field("businessPhoneNumbers", Shape.array(Shape.string()))
                    .field("merchantCategoryCodes", Shape.array(Shape.string().pattern("^\\d{4}$",
                            "must be a four-digit merchant category code (MCC), like 5411")))
                    .field("businessRegistrationNumber", Shape.string().nullable())
                    .field("webAddresses", Shape.array(Shape.string())), true);

    private final RegisterContext context;

    public VmssRoutes(RegisterContext context) {
        this.context = context;
    }

    public void register(RouteTable routes) {
        routes.add("POST", "/accounts/{aid}/compliance-search/vmss", this::search);
    }

    Response search(Request request) {
        JsonNode body = request.json();
        SEARCH.check(body);
        JsonNode merchant = body.get("merchant");
        String accountId = request.pathParam("aid");
        List<ObjectNode> listings = context.register().listings();
        List<ObjectNode> matches = VmssSearch.run(merchant, listings);
        ObjectNode answer = context.sequences().withNext("vmss.search", (tx, sequence) -> {
            String refId = String.format("SRCH%06d", sequence);
            ObjectNode response = response(refId, merchant, matches);
            ObjectNode stored = Json.object();
            stored.put("created_at", context.now());
            stored.set("response", response);
            tx.put(SEARCH_KIND, accountId, refId, stored, refId);
            return response;
        });
        return Response.json(200, answer);
    }

    static ObjectNode response(String refId, JsonNode merchant, List<ObjectNode> matches) {
        ObjectNode answer = Json.object();
        ObjectNode terminated = answer.putObject("searchTerminatedResponse");
        ObjectNode possible = terminated.putObject("possibleMatches");
        ArrayNode records = possible.putArray("matchedRecords");
        matches.forEach(records::add);
        possible.put("totalCount", matches.size());
        ObjectNode ref = terminated.putObject("searchRequestRef");
        ref.put("acquirerBID", SANDBOX_BID);
        ref.put("globalSearch", true);
        ref.put("searchRequestRefID", refId);
        ref.put("acquirerCountryOrRegion", SANDBOX_COUNTRY);
        ref.set("terminatedRecordSearchCriteria", merchant.deepCopy());
        ObjectNode status = answer.putObject("status");
        status.put("statusDescription", "Success");
        status.put("statusCode", "API000");
        return answer;
    }
}
