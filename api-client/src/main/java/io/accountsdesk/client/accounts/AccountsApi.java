package io.accountsdesk.client.accounts;

import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.Cancellation;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;
import io.accountsdesk.client.json.Json;
import io.accountsdesk.client.paging.Page;
import io.accountsdesk.client.paging.Paging;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Partner sub-accounts: {@code /accounts/{oid}/management/accounts}, their connections' status and their events. */
public final class AccountsApi {

    /**
     * The connections the seed lets a partner set the status of. The path takes only these, so an unknown name fails
     * before a request is sent instead of coming back as a 404.
     */
    static final Pattern CONNECTION = Pattern.compile(ConnectionName.KNOWN.stream()
            .map(name -> Pattern.quote(name.value())).collect(Collectors.joining("|")));

    public static final Operation LIST = Operation.get("/accounts/{oid}/management/accounts").responseList(Account.class);
    public static final Operation CREATE = Operation.post("/accounts/{oid}/management/accounts")
            .request(NewAccount.class).response(Account.class);
    public static final Operation GET = Operation.get("/accounts/{oid}/management/accounts/{aid}").response(Account.class);
    public static final Operation UPDATE = Operation.put("/accounts/{oid}/management/accounts/{aid}")
            .request(AccountUpdate.class).response(Account.class);
    public static final Operation DELETE = Operation.delete("/accounts/{oid}/management/accounts/{aid}")
            .response(Account.class);
    public static final Operation CONNECTION_EVENT = Operation
            .post("/accounts/{oid}/management/accounts/{aid}/connections/{connection}/events")
            .request(NewConnectionEvent.class).response(ConnectionEvent.class)
            .param("connection", CONNECTION);
    public static final Operation EVENTS = Operation.get("/accounts/{oid}/management/accounts/{aid}/events")
            .responseList(AccountEvent.class);
    public static final Operation ADD_EVENT = Operation.post("/accounts/{oid}/management/accounts/{aid}/events")
            .request(NewAccountEvent.class).response(AccountEvent.class);
    public static final Operation ONBOARDING_LINK = Operation
            .post("/accounts/{oid}/management/accounts/{aid}/partner_onboarding_link")
            .response(PartnerOnboardingLink.class);

    private final HttpTransport transport;
    private final String oid;

    /** @param oid the partner (owner) account whose sub-accounts these are */
    public AccountsApi(HttpTransport transport, String oid) {
        this.transport = transport;
        this.oid = oid;
    }

    /** One page of sub-accounts after {@code startingAfter} (an account id; {@code null} for the first page). */
    public Page<Account> list(AccountQuery query, String startingAfter) {
        List<Account> items = transport.send(ApiRequest.to(LIST)
                .path("oid", oid)
                .query("search", query.search())
                .queryAll("connection", query.connections())
                .queryAll("connection_status", query.connectionStatuses())
                .queryAll("payment_option", query.paymentOptions())
                .queryAll("account_manager", query.accountManagers())
                .query("limit", query.limit())
                .query("starting_after", startingAfter));
        return Paging.byCursor(items, query.limit(), Account::accountId);
    }

    /** Every matching sub-account, fetched page by page as the stream is consumed. */
    public Stream<Account> stream(AccountQuery query) {
        return stream(query, Cancellation.NEVER);
    }

    /** Every matching sub-account, fetched page by page as the stream is consumed, until {@code cancellation}. */
    public Stream<Account> stream(AccountQuery query, Cancellation cancellation) {
        return Paging.items(cursor -> list(query, cursor), cancellation);
    }

    /** Creates a sub-account under the partner and answers with it as stored. */
    public Account create(NewAccount account) {
        return transport.send(ApiRequest.to(CREATE).path("oid", oid).body(account));
    }

    /** The sub-account {@code accountId}, as the partner sees it. */
    public Account get(String accountId) {
        return transport.send(ApiRequest.to(GET).path("oid", oid).path("aid", accountId));
    }

    /** Replaces the sub-account's details; start from {@link AccountUpdate#from(Account)} to keep the rest. */
    public Account update(String accountId, AccountUpdate update) {
        return transport.send(ApiRequest.to(UPDATE).path("oid", oid).path("aid", accountId).body(update));
    }

    /**
     * Replaces the sub-account's details and empties the fields named in {@code cleared}: dotted paths as the seed
     * names the fields ({@code company.display_name}, {@code services.checkout.features.klarna.requested}). A field
     * an update leaves out keeps its value on the server, so emptying one takes an explicit {@code null}, which the
     * models (written without their nulls) cannot carry.
     */
    public Account update(String accountId, AccountUpdate update, Collection<String> cleared) {
        if (cleared == null || cleared.isEmpty()) {
            return update(accountId, update);
        }
        ObjectNode body = transport.mapper().valueToTree(update);
        cleared.forEach(path -> Json.set(body, path, null));
        return transport.send(ApiRequest.to(UPDATE).path("oid", oid).path("aid", accountId).body(body));
    }

    /** Deletes the sub-account; the answer is the account as it was. */
    public Account delete(String accountId) {
        return transport.send(ApiRequest.to(DELETE).path("oid", oid).path("aid", accountId));
    }

    /**
     * Sets the status of one of the sub-account's connections and adds the event to its history.
     *
     * @throws io.accountsdesk.client.http.InvalidParameterException when {@code connection} is not one the seed
     *                                                               lists for this operation
     */
    public ConnectionEvent addConnectionEvent(String accountId, ConnectionName connection, NewConnectionEvent event) {
        return transport.send(ApiRequest.to(CONNECTION_EVENT)
                .path("oid", oid)
                .path("aid", accountId)
                .path("connection", connection == null ? null : connection.value())
                .body(event));
    }

    /** One page of the sub-account's events after {@code startingAfter} (an event id; {@code null} first). */
    public Page<AccountEvent> events(String accountId, AccountEventQuery query, String startingAfter) {
        List<AccountEvent> items = transport.send(ApiRequest.to(EVENTS)
                .path("oid", oid)
                .path("aid", accountId)
                .queryAll("type", query.typeValues())
                .query("limit", query.limit())
                .query("starting_after", startingAfter));
        return Paging.byCursor(items, query.limit(), AccountEvent::id);
    }

    /** Every matching event of the sub-account, fetched page by page until the stream ends or is cancelled. */
    public Stream<AccountEvent> streamEvents(String accountId, AccountEventQuery query, Cancellation cancellation) {
        return Paging.items(cursor -> events(accountId, query, cursor), cancellation);
    }

    /** Adds an event, such as {@link NewAccountEvent#comment(String) a comment}, to the sub-account's log. */
    public AccountEvent addEvent(String accountId, NewAccountEvent event) {
        return transport.send(ApiRequest.to(ADD_EVENT).path("oid", oid).path("aid", accountId).body(event));
    }

    /** Creates a link the merchant of {@code accountId} can follow to finish onboarding with the partner. */
    public PartnerOnboardingLink createOnboardingLink(String accountId) {
        return transport.send(ApiRequest.to(ONBOARDING_LINK).path("oid", oid).path("aid", accountId));
    }
}
