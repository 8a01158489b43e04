package io.accountsdesk.client.connections.vipps;

import com.fasterxml.jackson.core.type.TypeReference;
import io.accountsdesk.client.connections.ConnectionDetails;
import io.accountsdesk.client.connections.EmptyAnswer;
import io.accountsdesk.client.connections.StoreOverrides;
import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * The Vipps connection of an account: start or restart the signup (the server builds it from the account's
 * settings, so neither takes a body), read where it stands, complete it, and add store overrides. The connection
 * keeps one {@code signup}.
 *
 * <p>The overrides path is GUESSED (ENDPOINTS.md #76). It shares its prefix with the callback path
 * {@code vipps/{callback_reference}}, so a callback reference of {@code overrides} would reach the overrides route.
 */
public final class VippsApi {

    public static final Operation SIGNUP = Operation
            .post("/accounts/{aid}/management/settings/connections/vipps")
            .response(new TypeReference<ConnectionDetails<VippsSignup, VippsConfiguration>>() { }.getType());
    public static final Operation RESTART_SIGNUP = Operation
            .put("/accounts/{aid}/management/settings/connections/vipps")
            .response(new TypeReference<ConnectionDetails<VippsSignup, VippsConfiguration>>() { }.getType());
    public static final Operation GET = Operation
            .get("/accounts/{aid}/management/settings/connections/vipps")
            .response(new TypeReference<ConnectionDetails<VippsSignup, VippsConfiguration>>() { }.getType());
    public static final Operation CALLBACK = Operation
            .post("/accounts/{aid}/management/settings/connections/vipps/{callback_reference}")
            .request(VippsCallback.class)
            .response(EmptyAnswer.class);
    /** Method and path GUESSED (operationId unknown). */
    public static final Operation OVERRIDES = Operation
            .post("/accounts/{aid}/management/settings/connections/vipps/overrides")
            .request(new TypeReference<StoreOverrides<VippsOverrideCredentials>>() { }.getType())
            .response(EmptyAnswer.class);

    private final HttpTransport transport;
    private final String oid;

    /**
     * @param oid the account the client signed in for; the calls name the account they act on ({@code aid}) each
     *            time, which is {@code oid} itself or, for a partner, one of its sub-accounts
     */
    public VippsApi(HttpTransport transport, String oid) {
        this.transport = transport;
        this.oid = oid;
    }

    /** The account the client signed in for. */
    public String oid() {
        return oid;
    }

    /**
     * Starts the Vipps signup. The account's company must have an organization number (set with PUT
     * /management/settings) first.
     */
    public ConnectionDetails<VippsSignup, VippsConfiguration> startSignup(String aid) {
        return transport.send(ApiRequest.to(SIGNUP).path("aid", aid));
    }

    /** Starts the Vipps signup again, for a connection that is not enabled yet (an expired signup link, say). */
    public ConnectionDetails<VippsSignup, VippsConfiguration> restartSignup(String aid) {
        return transport.send(ApiRequest.to(RESTART_SIGNUP).path("aid", aid));
    }

    /** Where the account's Vipps connection stands. */
    public ConnectionDetails<VippsSignup, VippsConfiguration> get(String aid) {
        return transport.send(ApiRequest.to(GET).path("aid", aid));
    }

    /**
     * Completes the signup and enables Vipps for Checkout; this is the call Vipps' onboarding makes.
     *
     * @param callbackReference the reference the signup handed out; any non-blank text, sent as one path segment
     */
    public void completeSignup(String aid, String callbackReference, VippsCallback callback) {
        transport.send(ApiRequest.to(CALLBACK).path("aid", aid).path("callback_reference", callbackReference)
                .body(callback));
    }

    /** Gives one store of an existing Vipps connection its own merchant serial number. Path GUESSED. */
    public void addOverride(String aid, String storeId, VippsOverrideCredentials credentials) {
        transport.send(ApiRequest.to(OVERRIDES).path("aid", aid).body(StoreOverrides.of(storeId, credentials)));
    }
}
