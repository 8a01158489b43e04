package io.accountsdesk.client.screening.match;

import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.Cancellation;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.InvalidParameterException;
import io.accountsdesk.client.http.Operation;
import io.accountsdesk.client.paging.Page;
import io.accountsdesk.client.paging.Paging;
import java.util.List;
import java.util.stream.Stream;

/**
 * Mastercard MATCH: check whether other acquirers have terminated a merchant before you take it on, look at an
 * earlier check again, and report a merchant you have terminated.
 *
 * <p>MATCH pages by integer offset, not by cursor: {@code starting_after} is the zero-based index to start at and
 * {@code limit} defaults to 20 (at most 100). Pages still come back as {@link Page} (its cursor is the next offset as
 * text), so MATCH walks through the same {@link Paging} as every cursor list.
 */
public final class MatchApi {

    /** The server's page size when no {@code limit} is sent. */
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static final Operation SEARCH = Operation.post("/accounts/{aid}/compliance-search/match")
            .request(MatchSearchRequest.class).response(MatchResult.class);
    public static final Operation TERMINATE = Operation.post("/accounts/{aid}/compliance-search/match/terminate")
            .request(MatchTerminationRequest.class).response(MatchTerminationResult.class);
    /**
     * GUESSED path (ENDPOINTS.md #120: a sub-path of the documented search, not on a docs page). {@code irn} is checked
     * as an integer by {@code PathTemplate}'s default.
     */
    public static final Operation INQUIRY = Operation.get("/accounts/{aid}/compliance-search/match/{irn}")
            .response(MatchResult.class);

    private final HttpTransport transport;

    /**
     * @param oid the account the client signed in for. MATCH paths name the screened account ({@code {aid}}) on each
     *            call instead, so it is not used; the parameter keeps the constructor every area shares.
     */
    public MatchApi(HttpTransport transport, String oid) {
        this.transport = transport;
    }

    /**
     * Runs a termination inquiry for a merchant on account {@code aid} and returns the whole answer, including the
     * inquiry reference number (IRN) to look it up again later.
     *
     * @param startingAfter zero-based offset of the first match to return, or {@code null} for the first
     * @param limit         1 to 100, or {@code null} for the server's 20
     */
    public MatchResult searchResult(String aid, MatchSearchRequest request, Integer startingAfter, Integer limit) {
        checkPaging(startingAfter, limit);
        return transport.send(ApiRequest.to(SEARCH)
                .path("aid", aid)
                .query("limit", limit)
                .query("starting_after", startingAfter)
                .body(request));
    }

    /** One page of possible matches for a merchant; see {@link #searchResult} for the parameters. */
    public Page<TerminatedMerchant> search(String aid, MatchSearchRequest request, Integer startingAfter,
                                           Integer limit) {
        return page(searchResult(aid, request, startingAfter, limit), startingAfter, limit);
    }

    /**
     * Every possible match for a merchant, fetched page by page (100 at a time) as the stream is consumed, until
     * {@code cancellation}. Each further page repeats the inquiry (a POST) with the next offset, and MATCH may record
     * each as an inquiry of its own; to walk an inquiry that has been made, use {@link #streamInquiry}.
     */
    public Stream<TerminatedMerchant> stream(String aid, MatchSearchRequest request, Cancellation cancellation) {
        return Paging.items(cursor -> search(aid, request, offset(cursor), MAX_LIMIT), cancellation);
    }

    /**
     * The result of an earlier inquiry on account {@code aid}, by its inquiry reference number.
     *
     * @param irn the IRN as {@link MatchResult#inquiryReferenceNumber()} gives it; digits only, checked before sending
     */
    public MatchResult inquiryResult(String aid, String irn, Integer startingAfter, Integer limit) {
        checkPaging(startingAfter, limit);
        return transport.send(ApiRequest.to(INQUIRY)
                .path("aid", aid)
                .path("irn", irn)
                .query("limit", limit)
                .query("starting_after", startingAfter));
    }

    /** One page of an earlier inquiry's possible matches; see {@link #inquiryResult}. */
    public Page<TerminatedMerchant> inquiry(String aid, String irn, Integer startingAfter, Integer limit) {
        return page(inquiryResult(aid, irn, startingAfter, limit), startingAfter, limit);
    }

    /** Every possible match of an earlier inquiry, fetched page by page as the stream is consumed. */
    public Stream<TerminatedMerchant> streamInquiry(String aid, String irn, Cancellation cancellation) {
        return Paging.items(cursor -> inquiry(aid, irn, offset(cursor), MAX_LIMIT), cancellation);
    }

    /** Reports a merchant that account {@code aid} has terminated, adding it to MATCH for other acquirers to find. */
    public MatchTerminationResult terminate(String aid, MatchTerminationRequest request) {
        return transport.send(ApiRequest.to(TERMINATE).path("aid", aid).body(request));
    }

    /**
     * The page a result is. The offset is the one asked for, not the one the server echoes: a server that echoed a
     * stale {@code starting_after} would otherwise send the walk round in circles. The total only counts when the page
     * has items; a total above what an empty page reached would ask for the same offset forever.
     */
    static Page<TerminatedMerchant> page(MatchResult result, Integer startingAfter, Integer limit) {
        List<TerminatedMerchant> items = result == null ? List.of() : result.merchants();
        Integer total = items.isEmpty() ? null : result.totalMatches();
        return Paging.byOffset(items, startingAfter == null ? 0 : startingAfter,
                limit == null ? DEFAULT_LIMIT : limit, total);
    }

    private static Integer offset(String cursor) {
        return cursor == null ? null : Integer.valueOf(cursor);
    }

    /** The seed's bounds, checked here so a bad value is reported as the caller's, not as a server 400. */
    private static void checkPaging(Integer startingAfter, Integer limit) {
        if (startingAfter != null && startingAfter < 0) {
            throw new InvalidParameterException("starting_after",
                    "'" + startingAfter + "' is not a valid starting_after: it must be 0 or more.");
        }
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw new InvalidParameterException("limit",
                    "'" + limit + "' is not a valid limit: it must be between 1 and " + MAX_LIMIT + ".");
        }
    }
}
