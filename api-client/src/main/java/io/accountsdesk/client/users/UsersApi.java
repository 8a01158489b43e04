package io.accountsdesk.client.users;

import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;
import java.util.List;

/**
 * The signed-in user's own profile ({@code /account/user}: second factors and password) and the users of the account
 * the client signed in for ({@code /accounts/{oid}/management/users}).
 *
 * <p>The {@code /account/user} operations act on the <em>user</em> the bearer token belongs to, so they need a user's
 * token (an account-user grant, or an external identity provider's ID token); the client-credentials token this
 * client signs in with names no user, and the server can be expected to refuse them with it.
 */
public final class UsersApi {

    public static final Operation PROFILE = Operation.get("/account/user").response(UserProfile.class);
    public static final Operation SMS_MFA = Operation.put("/account/user/mfa/sms").request(SmsMfaUpdate.class);
    // Documented as PUT by analogy with the SMS page only (endpoints.tsv: "inferred").
    public static final Operation TOTP_MFA = Operation.put("/account/user/mfa/totp").request(TotpMfaUpdate.class);
    // POST although the operationId ends in "_put": the docs and the 2021 SDK both say POST.
    public static final Operation CHANGE_PASSWORD = Operation.post("/account/user/password")
            .request(PasswordChange.class);

    public static final Operation LIST = Operation.get("/accounts/{oid}/management/users")
            .responseList(AccountUser.class);
    // Path from the 2021 SDK; the docs page for this operationId does not show its URL.
    public static final Operation CREATE = Operation.post("/accounts/{oid}/management/users")
            .request(NewAccountUser.class).response(AccountUser.class);
    public static final Operation DELETE = Operation.delete("/accounts/{oid}/management/users/{uid}")
            .response(AccountUser.class);
    // Path from the 2021 SDK; the docs page for this operationId does not show its URL.
    public static final Operation UPDATE = Operation.put("/accounts/{oid}/management/users/{uid}")
            .request(AccountUserUpdate.class).response(AccountUser.class);
    public static final Operation ACTIVITIES = Operation.get("/accounts/{oid}/management/users/{uid}/activities")
            .responseList(UserActivity.class);

    /** The only value the seed allows for {@code expand}. */
    static final String EXPAND_ROLES = "roles";

    private final HttpTransport transport;
    private final String oid;

    /** @param oid the account (or partner) whose users {@link #list} and friends manage */
    public UsersApi(HttpTransport transport, String oid) {
        this.transport = transport;
        this.oid = oid;
    }

    /** The signed-in user's profile: second-factor settings and the accounts they can reach. */
    public UserProfile profile() {
        return transport.send(ApiRequest.to(PROFILE));
    }

    /**
     * Turns SMS codes on (to the given mobile number) or off for the signed-in user. The update is checked first
     * (see {@link SmsMfaUpdate#checked()}), so a missing or malformed number fails before anything is sent.
     */
    public void updateSmsMfa(SmsMfaUpdate update) {
        transport.send(ApiRequest.to(SMS_MFA).body(update.checked()));
    }

    /** Turns authenticator-app codes on (proved by a current code) or off for the signed-in user. */
    public void updateTotpMfa(TotpMfaUpdate update) {
        transport.send(ApiRequest.to(TOTP_MFA).body(update));
    }

    /**
     * Starts turning authenticator-app codes on: the server makes a new secret for the signed-in user and answers it
     * (with its {@code otpauth://} URI for a QR code). Nothing is in force until {@link #updateTotpMfa} sends a code
     * computed from it.
     */
    public TotpAssociation associateTotp() {
        return transport.send(ApiRequest.to(TOTP_MFA).body(new TotpMfaUpdate(null, true)), TotpAssociation.class);
    }

    /** Changes the signed-in user's password; the server refuses it when the previous password is wrong. */
    public void changePassword(PasswordChange change) {
        transport.send(ApiRequest.to(CHANGE_PASSWORD).body(change));
    }

    /** Everyone with access to the account, without their roles. */
    public List<AccountUser> list() {
        return list(false);
    }

    /**
     * Everyone with access to the account. The seed offers no paging here: the whole list comes in one answer.
     *
     * @param expandRoles also return each user's roles in full
     */
    public List<AccountUser> list(boolean expandRoles) {
        return transport.send(expand(ApiRequest.to(LIST).path("oid", oid), expandRoles));
    }

    /** Creates a user and grants them access to the account; answers with the user as created. */
    public AccountUser create(NewAccountUser user, boolean expandRoles) {
        return transport.send(expand(ApiRequest.to(CREATE).path("oid", oid), expandRoles).body(user));
    }

    /** Changes a user's name, scopes, roles or agreement; answers with the user as updated. */
    public AccountUser update(String userId, AccountUserUpdate update, boolean expandRoles) {
        return transport.send(expand(ApiRequest.to(UPDATE).path("oid", oid).path("uid", userId), expandRoles)
                .body(update));
    }

    /** Removes a user's access to the account; answers with the user as they were removed. */
    public AccountUser delete(String userId, boolean expandRoles) {
        return transport.send(expand(ApiRequest.to(DELETE).path("oid", oid).path("uid", userId), expandRoles));
    }

    /** The user's audit log (sign-ins and other actions). The seed offers no paging or filter here. */
    public List<UserActivity> activities(String userId) {
        return transport.send(ApiRequest.to(ACTIVITIES).path("oid", oid).path("uid", userId));
    }

    private static ApiRequest expand(ApiRequest request, boolean expandRoles) {
        return expandRoles ? request.query("expand", EXPAND_ROLES) : request;
    }
}
