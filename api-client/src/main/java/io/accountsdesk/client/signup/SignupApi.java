package io.accountsdesk.client.signup;

import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * Signing up new Dintero accounts under {@code /accounts/{oid}/signup}: the applicant's own signup (start, then
 * verify with the emailed code), and pre-filled forms a partner prepares for a merchant to accept.
 *
 * <p>Calls go with the client's bearer token. The seed's rendering lost the scopes of these operations, and the public
 * onboarding form presumably calls them without one; this client only ever calls them signed in.
 */
public final class SignupApi {

    /** The only value the seed allows for {@code authorize}: include access tokens in the answer. */
    static final String AUTHORIZE_BEARER = "Bearer";

    public static final Operation SIGNUP = Operation.post("/accounts/{oid}/signup").request(SignupApplication.class);
    /** Takes no body: the code and {@code authorize} are query parameters. */
    public static final Operation VERIFY = Operation.post("/accounts/{oid}/signup/verify").response(SignupTokens.class);
    public static final Operation CREATE_PREFILL = Operation.post("/accounts/{oid}/signup/prefill")
            .request(NewPrefill.class).response(Prefill.class);
    /** Accepting has no {@code /accept} segment despite its operationId: it is a POST on the form itself. */
    public static final Operation ACCEPT_PREFILL = Operation.post("/accounts/{oid}/signup/prefill/{prefill_id}")
            .request(NewPrefill.class).response(AcceptedPrefill.class);
    public static final Operation GET_PREFILL = Operation.get("/accounts/{oid}/signup/prefill/{prefill_id}")
            .response(Prefill.class);

    private final HttpTransport transport;
    private final String oid;

    /** @param oid the account (usually a partner) the new accounts sign up under */
    public SignupApi(HttpTransport transport, String oid) {
        this.transport = transport;
        this.oid = oid;
    }

    /** Starts a signup: the server emails the applicant a verification code. The seed describes no answer body. */
    public void signup(SignupApplication application) {
        transport.send(ApiRequest.to(SIGNUP).path("oid", oid).body(application));
    }

    /**
     * Finishes a signup with the code the applicant received.
     *
     * @param includeTokens whether the answer should carry access tokens for the new account
     */
    public SignupTokens verify(String verificationCode, boolean includeTokens) {
        if (verificationCode == null || verificationCode.isBlank()) {
            throw new IllegalArgumentException("verificationCode is required");
        }
        return transport.send(ApiRequest.to(VERIFY)
                .path("oid", oid)
                .query("verification_code", verificationCode.strip())
                .query("authorize", includeTokens ? AUTHORIZE_BEARER : null));
    }

    /** Prepares a signup form for a merchant; the server emails them a link to review and accept it. */
    public Prefill createPrefill(NewPrefill prefill) {
        return transport.send(ApiRequest.to(CREATE_PREFILL).path("oid", oid).body(prefill));
    }

    /**
     * Accepts a pre-filled form, with whatever corrections {@code prefill} carries, creating the account.
     *
     * @param includeTokens whether the answer should carry access tokens for the new account
     */
    public AcceptedPrefill acceptPrefill(String prefillId, NewPrefill prefill, boolean includeTokens) {
        return transport.send(ApiRequest.to(ACCEPT_PREFILL)
                .path("oid", oid)
                .path("prefill_id", prefillId)
                .query("authorize", includeTokens ? AUTHORIZE_BEARER : null)
                .body(prefill));
    }

    /** A pre-filled form not yet accepted. */
    public Prefill getPrefill(String prefillId) {
        return transport.send(ApiRequest.to(GET_PREFILL).path("oid", oid).path("prefill_id", prefillId));
    }
}
