package io.accountsdesk.client.roles;

import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.Cancellation;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;
import io.accountsdesk.client.paging.Page;
import io.accountsdesk.client.paging.Paging;
import java.util.List;
import java.util.stream.Stream;

/**
 * Roles that can be given to users: {@code /accounts/{oid}/auth/roles}. The get and delete paths come from the 2021
 * SDK (ENDPOINTS.md: inferred).
 */
public final class RolesApi {

    public static final Operation LIST = Operation.get("/accounts/{oid}/auth/roles").responseList(Role.class);
    public static final Operation CREATE = Operation.post("/accounts/{oid}/auth/roles")
            .request(RoleRequest.class).response(Role.class);
    public static final Operation GET = Operation.get("/accounts/{oid}/auth/roles/{role_id}").response(Role.class);
    public static final Operation UPDATE = Operation.put("/accounts/{oid}/auth/roles/{role_id}")
            .request(RoleRequest.class).response(Role.class);
    public static final Operation DELETE = Operation.delete("/accounts/{oid}/auth/roles/{role_id}")
            .response(Role.class);

    private final HttpTransport transport;
    private final String oid;

    /** @param oid the account whose roles these are */
    public RolesApi(HttpTransport transport, String oid) {
        this.transport = transport;
        this.oid = oid;
    }

    /** One page of roles after {@code startingAfter} (a role id; {@code null} for the first page). */
    public Page<Role> list(RoleQuery query, String startingAfter) {
        List<Role> items = transport.send(ApiRequest.to(LIST)
                .path("oid", oid)
                .query("search", query.search())
                .query("name", query.name())
                // false is the server's default: leaving it out keeps the URL what a plain listing sends
                .query("include_deleted", query.includeDeleted() ? Boolean.TRUE : null)
                .query("limit", query.limit())
                .query("starting_after", startingAfter));
        return Paging.byCursor(items, query.limit(), Role::id);
    }

    /** Every matching role, fetched page by page as the stream is consumed. */
    public Stream<Role> stream(RoleQuery query) {
        return stream(query, Cancellation.NEVER);
    }

    /** Every matching role, fetched page by page as the stream is consumed, until {@code cancellation}. */
    public Stream<Role> stream(RoleQuery query, Cancellation cancellation) {
        return Paging.items(cursor -> list(query, cursor), cancellation);
    }

    public Role create(RoleRequest role) {
        return transport.send(ApiRequest.to(CREATE).path("oid", oid).body(role));
    }

    public Role get(String roleId) {
        return transport.send(ApiRequest.to(GET).path("oid", oid).path("role_id", roleId));
    }

    /** Replaces the role's name, description and scopes. */
    public Role update(String roleId, RoleRequest role) {
        return transport.send(ApiRequest.to(UPDATE).path("oid", oid).path("role_id", roleId).body(role));
    }

    /** Deletes a role; answers with the deleted role. */
    public Role delete(String roleId) {
        return transport.send(ApiRequest.to(DELETE).path("oid", oid).path("role_id", roleId));
    }
}
