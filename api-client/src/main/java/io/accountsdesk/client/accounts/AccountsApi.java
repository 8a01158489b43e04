package io.accountsdesk.client.accounts;

import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;
import io.accountsdesk.client.http.Cancellation;
import io.accountsdesk.client.paging.Paging;
import io.accountsdesk.client.paging.Page;
import java.util.List;
import java.util.stream.Stream;

/** Partner sub-accounts: {@code /accounts/{oid}/management/accounts}. */
public final class AccountsApi {

    public static final Operation LIST = Operation.get("/accounts/{oid}/management/accounts").responseList(Account.class);
    public static final Operation GET = Operation.get("/accounts/{oid}/management/accounts/{aid}").response(Account.class);

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

    public Account get(String accountId) {
        return transport.send(ApiRequest.to(GET).path("oid", oid).path("aid", accountId), Account.class);
    }
}
