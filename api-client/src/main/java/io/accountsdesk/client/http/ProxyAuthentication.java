package io.accountsdesk.client.http;

import okhttp3.Authenticator;
import okhttp3.Challenge;
import okhttp3.Credentials;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * Answers a proxy's 407 with {@code Proxy-Authorization: Basic}. Only a real Basic challenge is answered (OkHttp's
 * pre-emptive call, made before any proxy asked, is not), and only once per request: a second 407 means the
 * credentials are wrong, and asking again would only lock the account on the proxy.
 */
public final class ProxyAuthentication implements Authenticator {

    private static final String HEADER = "Proxy-Authorization";

    private final ProxyCredentials credentials;

    public ProxyAuthentication(ProxyCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Request authenticate(Route route, Response response) {
        if (response.code() != 407 || response.request().header(HEADER) != null) {
            return null;
        }
        for (Challenge challenge : response.challenges()) {
            if ("Basic".equalsIgnoreCase(challenge.scheme())) {
                return response.request().newBuilder()
                        .header(HEADER, Credentials.basic(credentials.user(), credentials.password(),
                                challenge.charset()))
                        .build();
            }
        }
        return null;
    }
}
