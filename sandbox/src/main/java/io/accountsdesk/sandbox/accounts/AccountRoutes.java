package io.accountsdesk.sandbox.accounts;

import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Partner: sub-accounts. A partner sees only the accounts whose partner_id is its own id. */
public final class AccountRoutes {

    private final AccountRepository accounts;

    public AccountRoutes(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public void register(RouteTable routes) {
        routes.add("GET", "/accounts/{oid}/management/accounts", this::list);
        routes.add("GET", "/accounts/{oid}/management/accounts/{aid}", this::get);
    }

    Response list(Request request) {
        String partnerId = AccountIds.normalizeOwner(request.pathParam("oid"));
        AccountQueryParser.Result parsed = AccountQueryParser.parse(request.query());
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        AccountQuery query = parsed.query();
        Optional<AccountRepository.Cursor> cursor = Optional.empty();
        if (query.startingAfter().isPresent()) {
            String after = query.startingAfter().get();
            cursor = accounts.cursor(partnerId, after);
            if (cursor.isEmpty()) {
                errors.add(FieldError.query("starting_after", "no account " + after + " under " + partnerId
                        + "; pass the account_id of the last account of the previous page"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        List<String> documents = accounts.list(partnerId, query, cursor);
        // Documents are stored exactly as served: join them rather than parse and re-serialise.
        return Response.rawJson(200, "[" + String.join(",", documents) + "]");
    }

    Response get(Request request) {
        String partnerId = AccountIds.normalizeOwner(request.pathParam("oid"));
        String accountId = request.pathParam("aid");
        return accounts.document(partnerId, accountId)
                .map(document -> Response.rawJson(200, document))
                .orElseThrow(() -> ApiException.notFound("No account " + accountId + " under " + partnerId));
    }
}
