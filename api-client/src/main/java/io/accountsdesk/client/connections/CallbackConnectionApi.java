package io.accountsdesk.client.connections;

import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;
import java.util.Objects;

/**
 * A {@link ProviderConnectionApi} whose signup is completed by a callback to {@code .../{callback_reference}} on the
 * connection's path, with the provider's callback record as the body.
 *
 * @param <S> the provider's signup record
 * @param <C> the provider's configuration record
 * @param <K> the provider's callback record
 */
public abstract class CallbackConnectionApi<S, C, K> extends ProviderConnectionApi<S, C> {

    private final Operation callback;

    /**
     * @param oid      the account the client signed in for (see {@link ProviderConnectionApi})
     * @param signup   the provider's {@code SIGNUP} constant
     * @param get      the provider's {@code GET} constant
     * @param callback the provider's {@code CALLBACK} constant
     */
    protected CallbackConnectionApi(HttpTransport transport, String oid, Operation signup, Operation get,
                                    Operation callback) {
        super(transport, oid, signup, get);
        this.callback = Objects.requireNonNull(callback, "callback");
    }

    /**
     * Completes the signup and enables the provider for Checkout.
     *
     * @param callbackReference the reference the signup handed out; any non-blank text, sent as one path segment
     */
    public void completeSignup(String aid, String callbackReference, K callback) {
        transport().send(ApiRequest.to(this.callback).path("aid", aid).path("callback_reference", callbackReference)
                .body(callback));
    }
}
