package io.accountsdesk.client.authusers;

import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * Username/password users of an account: {@code /accounts/{aid}/auth/users}. Create, update and delete paths come
 * from the 2021 SDK (ENDPOINTS.md: inferred). The seed offers no way to list or fetch these users.
 */
public final class AuthUsersApi {

    public static final Operation CREATE = Operation.post("/accounts/{aid}/auth/users")
            .request(NewAuthUser.class).response(AuthUser.class);
    public static final Operation UPDATE = Operation.put("/accounts/{aid}/auth/users/{username}")
            .request(AuthUserUpdate.class).response(AuthUser.class);
    public static final Operation DELETE = Operation.delete("/accounts/{aid}/auth/users/{username}")
            .response(AuthUser.class);
    public static final Operation CHANGE_USERNAME = Operation.post(
            "/accounts/{aid}/auth/users/{username}/change_username")
            .request(UsernameChange.class).response(AuthUser.class);

    private final HttpTransport transport;

    public AuthUsersApi(HttpTransport transport) {
        this.transport = transport;
    }

    /** Creates a user in account {@code aid}. */
    public AuthUser create(String aid, NewAuthUser user) {
        return transport.send(ApiRequest.to(CREATE).path("aid", aid).body(user));
    }

    /** Sets a new password for {@code username}, and its links and MFA when given. */
    public AuthUser update(String aid, String username, AuthUserUpdate update) {
        return transport.send(ApiRequest.to(UPDATE).path("aid", aid).path("username", username).body(update));
    }

    /** Deletes {@code username}; answers with the deleted user. */
    public AuthUser delete(String aid, String username) {
        return transport.send(ApiRequest.to(DELETE).path("aid", aid).path("username", username));
    }

    /** Renames {@code username} to {@code newUsername}. */
    public AuthUser changeUsername(String aid, String username, String newUsername) {
        return transport.send(ApiRequest.to(CHANGE_USERNAME).path("aid", aid).path("username", username)
                .body(new UsernameChange(newUsername)));
    }
}
