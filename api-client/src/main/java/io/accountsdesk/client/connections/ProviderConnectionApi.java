package io.accountsdesk.client.connections;

import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;
import java.util.Objects;

/**
 * What the providers whose connection is started and read the same way share: the signup goes out as
 * {@link ConnectionSignupRequest} ({@code {"signup": {...}}}) to the connection's path, and both that call and the
 * read answer with {@link ConnectionDetails}. Each provider's class still declares its own operations as constants
 * (the only place their paths are written) and hands them to this constructor; whatever else a provider has (a
 * callback, see {@link CallbackConnectionApi}, store overrides, a link) stays a method of its own class.
 *
 * <p>Providers whose calls differ keep their own classes: Bambora answers with its own record, PayEx puts a product
 * type in the path and Vipps starts its signup without a body.
 *
 * @param <S> the provider's signup record
 * @param <C> the provider's configuration record
 */
public abstract class ProviderConnectionApi<S, C> {

    private final HttpTransport transport;
    private final String oid;
    private final Operation signup;
    private final Operation get;

    /**
     * @param oid    the account the client signed in for; the calls name the account they act on ({@code aid}) each
     *               time, which is {@code oid} itself or, for a partner, one of its sub-accounts
     * @param signup the provider's {@code SIGNUP} constant
     * @param get    the provider's {@code GET} constant
     */
    protected ProviderConnectionApi(HttpTransport transport, String oid, Operation signup, Operation get) {
        this.transport = transport;
        this.oid = oid;
        this.signup = Objects.requireNonNull(signup, "signup");
        this.get = Objects.requireNonNull(get, "get");
    }

    /** The account the client signed in for. */
    public String oid() {
        return oid;
    }

    /** The transport, for the provider's own operations. */
    protected final HttpTransport transport() {
        return transport;
    }

    /**
     * Starts the provider's signup and answers with the connection as it then stands. The provider's class says what
     * the account needs first (for most, an organization number on the company, set with PUT /management/settings).
     */
    public ConnectionDetails<S, C> startSignup(String aid, S signup) {
        return transport.send(ApiRequest.to(this.signup).path("aid", aid).body(new ConnectionSignupRequest<>(signup)));
    }

    /** Where the account's connection with this provider stands. */
    public ConnectionDetails<S, C> get(String aid) {
        return transport.send(ApiRequest.to(get).path("aid", aid));
    }
}
