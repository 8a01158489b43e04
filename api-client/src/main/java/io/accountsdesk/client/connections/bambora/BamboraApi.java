package io.accountsdesk.client.connections.bambora;

import com.fasterxml.jackson.core.type.TypeReference;
import io.accountsdesk.client.connections.ConnectionSignupRequest;
import io.accountsdesk.client.connections.EmptyAnswer;
import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * The Bambora card connection of an account: start a PayFac or Direct signup, read where it stands, and complete it
 * when Bambora calls back.
 *
 * <p>The PayFac and Direct paths are GUESSED (ENDPOINTS.md #42, #43: no published page). They sit next to the
 * callback path {@code bambora/{callback_reference}}, so a callback reference of {@code payfac} or {@code direct}
 * would reach the signup route instead; verify both against the live API.
 */
public final class BamboraApi {

    /** Starts a Bambora PayFac signup. GUESSED path. */
    public static final Operation PAYFAC_SIGNUP = Operation
            .post("/accounts/{aid}/management/settings/connections/bambora/payfac")
            .request(new TypeReference<ConnectionSignupRequest<BamboraPayFacSignup>>() { }.getType())
            .response(BamboraConnection.class);
    /** Starts a Bambora Direct signup. GUESSED path. */
    public static final Operation DIRECT_SIGNUP = Operation
            .post("/accounts/{aid}/management/settings/connections/bambora/direct")
            .request(new TypeReference<ConnectionSignupRequest<BamboraDirectSignup>>() { }.getType())
            .response(BamboraConnection.class);
    /** Reads the connection; the seed lists it twice (#44, #46) with the same bodies, one call serves both. */
    public static final Operation GET = Operation
            .get("/accounts/{aid}/management/settings/connections/bambora")
            .response(BamboraConnection.class);
    /** The old signup, deprecated by the API. */
    public static final Operation SIGNUP = Operation
            .post("/accounts/{aid}/management/settings/connections/bambora")
            .request(new TypeReference<ConnectionSignupRequest<BamboraSignup>>() { }.getType())
            .response(BamboraConnection.class);
    /** Bambora's callback that completes a signup. */
    public static final Operation CALLBACK = Operation
            .post("/accounts/{aid}/management/settings/connections/bambora/{callback_reference}")
            .request(BamboraCallback.class)
            .response(EmptyAnswer.class);

    private final HttpTransport transport;
    private final String oid;

    /**
     * @param oid the account the client signed in for; the calls name the account they act on ({@code aid}) each
     *            time, which is {@code oid} itself or, for a partner, one of its sub-accounts
     */
    public BamboraApi(HttpTransport transport, String oid) {
        this.transport = transport;
        this.oid = oid;
    }

    /** The account the client signed in for. */
    public String oid() {
        return oid;
    }

    /** Starts a PayFac signup, where Dintero is the merchant of record with Bambora. */
    public BamboraConnection startPayFacSignup(String aid, BamboraPayFacSignup signup) {
        return startPayFacSignup(aid, signup, null);
    }

    /**
     * Starts a PayFac signup.
     *
     * @param forceNewSignup {@code true} to sign up again although earlier signups are still pending; {@code null}
     *                       leaves the parameter out
     */
    public BamboraConnection startPayFacSignup(String aid, BamboraPayFacSignup signup, Boolean forceNewSignup) {
        return transport.send(ApiRequest.to(PAYFAC_SIGNUP)
                .path("aid", aid)
                .query("force_new_signup", forceNewSignup)
                .body(new ConnectionSignupRequest<>(signup)));
    }

    /** Starts a Direct signup, for a merchant with its own Bambora agreement. */
    public BamboraConnection startDirectSignup(String aid, BamboraDirectSignup signup) {
        return transport.send(ApiRequest.to(DIRECT_SIGNUP).path("aid", aid).body(new ConnectionSignupRequest<>(signup)));
    }

    /** Where the account's Bambora connection stands, with all its signups. */
    public BamboraConnection get(String aid) {
        return transport.send(ApiRequest.to(GET).path("aid", aid));
    }

    /**
     * Starts the old signup. The account's company must have an organization number (set with PUT
     * /management/settings) first.
     *
     * @deprecated the API deprecates it; use {@link #startDirectSignup} or {@link #startPayFacSignup}
     */
    @Deprecated
    public BamboraConnection startSignup(String aid, BamboraSignup signup) {
        return transport.send(ApiRequest.to(SIGNUP).path("aid", aid).body(new ConnectionSignupRequest<>(signup)));
    }

    /**
     * Completes a signup and enables Bambora for Checkout; this is the call Bambora's onboarding makes.
     *
     * @param callbackReference the reference the signup handed out (per the seed, the payload of the Bearer JWT in the
     *                          Authorization header); any non-blank text, sent as one path segment
     */
    public void completeSignup(String aid, String callbackReference, BamboraCallback callback) {
        transport.send(ApiRequest.to(CALLBACK).path("aid", aid).path("callback_reference", callbackReference)
                .body(callback));
    }
}
