package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.databind.JavaType;
import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;
import io.accountsdesk.client.paging.CursorPager;
import io.accountsdesk.client.paging.Page;
import java.util.List;
import java.util.stream.Stream;

/** Partner sub-accounts: {@code /accounts/{oid}/management/accounts}. */
public final class AccountsApi {

    public static final Operation LIST = Operation.get("/accounts/{oid}/management/accounts").responseList(Account.class);
    public static final Operation GET = Operation.get("/accounts/{oid}/management/accounts/{aid}").response(Account.class);

    private final HttpTransport transport;
    private final String oid;
    private final JavaType accountList;

    /** @param oid the partner (owner) account whose sub-accounts these are */
    public AccountsApi(HttpTransport transport, String oid) {
        this.transport = transport;
        this.oid = oid;
        this.accountList = transport.mapper().getTypeFactory().constructCollectionType(List.class, Account.class);
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
                .query("starting_after", startingAfter), accountList);
        return CursorPager.page(items, query.limit(), Account::accountId);
    }

    /** Every matching sub-account, fetched page by page as the stream is consumed. */
    public Stream<Account> stream(AccountQuery query) {
        return CursorPager.items((cursor, limit) -> list(query, cursor).items(), query.limit(), Account::accountId);
    }

    public Account get(String accountId) {
        return transport.send(ApiRequest.to(GET).path("oid", oid).path("aid", accountId), Account.class);
    }
}
