package io.accountsdesk.client.connections.payex;

import com.fasterxml.jackson.core.type.TypeReference;
import io.accountsdesk.client.connections.ConnectionDetails;
import io.accountsdesk.client.connections.ConnectionSignupRequest;
import io.accountsdesk.client.connections.EmptyAnswer;
import io.accountsdesk.client.connections.StoreOverrides;
import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * The PayEx connection of an account: start the signup, read where it stands, complete it, and add store overrides.
 * The connection keeps one {@code signup}.
 *
 * <p>{@code payment_product_type}: the seed allows only {@value #CREDITCARD}, but the client passes any non-blank
 * value through (as one path segment) so a product the server adds later does not need a client release; the server
 * is the judge. The overrides path is GUESSED (ENDPOINTS.md #66) and has no product type, unlike the rest; it
 * shares its shape with {@code payex/{payment_product_type}}, so a product type of {@code overrides} would reach it.
 */
public final class PayExApi {

    /** The one {@code payment_product_type} the seed lists. */
    public static final String CREDITCARD = "payex.creditcard";

    public static final Operation SIGNUP = Operation
            .post("/accounts/{aid}/management/settings/connections/payex/{payment_product_type}")
            .request(new TypeReference<ConnectionSignupRequest<PayExSignup>>() { }.getType())
            .response(new TypeReference<ConnectionDetails<PayExSignup, PayExConfiguration>>() { }.getType());
    /** The seed's summary calls this "Get details about the Vipps", a copy-paste slip; it reads the PayEx connection. */
    public static final Operation GET = Operation
            .get("/accounts/{aid}/management/settings/connections/payex/{payment_product_type}")
            .response(new TypeReference<ConnectionDetails<PayExSignup, PayExConfiguration>>() { }.getType());
    public static final Operation CALLBACK = Operation
            .post("/accounts/{aid}/management/settings/connections/payex/{payment_product_type}/{callback_reference}")
            .request(PayExCallback.class)
            .response(EmptyAnswer.class);
    /** Method and path GUESSED (operationId unknown). */
    public static final Operation OVERRIDES = Operation
            .post("/accounts/{aid}/management/settings/connections/payex/overrides")
            .request(new TypeReference<StoreOverrides<PayExOverrideCredentials>>() { }.getType())
            .response(EmptyAnswer.class);

    private final HttpTransport transport;
    private final String oid;

    /**
     * @param oid the account the client signed in for; the calls name the account they act on ({@code aid}) each
     *            time, which is {@code oid} itself or, for a partner, one of its sub-accounts
     */
    public PayExApi(HttpTransport transport, String oid) {
        this.transport = transport;
        this.oid = oid;
    }

    /** The account the client signed in for. */
    public String oid() {
        return oid;
    }

    /**
     * Starts the PayEx signup for a product. The account's company must have an organization number (set with PUT
     * /management/settings) first.
     *
     * @param paymentProductType {@value #CREDITCARD} in the seed; other values are passed through
     */
    public ConnectionDetails<PayExSignup, PayExConfiguration> startSignup(String aid, String paymentProductType,
                                                                          PayExSignup signup) {
        return transport.send(ApiRequest.to(SIGNUP)
                .path("aid", aid)
                .path("payment_product_type", paymentProductType)
                .body(new ConnectionSignupRequest<>(signup)));
    }

    /** Where the account's PayEx connection for a product stands. */
    public ConnectionDetails<PayExSignup, PayExConfiguration> get(String aid, String paymentProductType) {
        return transport.send(ApiRequest.to(GET).path("aid", aid).path("payment_product_type", paymentProductType));
    }

    /**
     * Completes the signup and enables PayEx for Checkout.
     *
     * @param callbackReference the reference the signup handed out; any non-blank text, sent as one path segment
     */
    public void completeSignup(String aid, String paymentProductType, String callbackReference,
                               PayExCallback callback) {
        transport.send(ApiRequest.to(CALLBACK)
                .path("aid", aid)
                .path("payment_product_type", paymentProductType)
                .path("callback_reference", callbackReference)
                .body(callback));
    }

    /** Gives one store of an existing PayEx connection its own credentials. Path GUESSED, see {@link #OVERRIDES}. */
    public void addOverride(String aid, String storeId, PayExOverrideCredentials credentials) {
        transport.send(ApiRequest.to(OVERRIDES).path("aid", aid).body(StoreOverrides.of(storeId, credentials)));
    }
}
