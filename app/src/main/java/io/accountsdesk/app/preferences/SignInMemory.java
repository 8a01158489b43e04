package io.accountsdesk.app.preferences;

import io.accountsdesk.app.session.Environment;

/**
 * Where the user last signed in, to fill the sign-in form next time. Never the client secret: that is typed, or
 * comes from the environment.
 */
public record SignInMemory(Environment environment, String partnerId, String clientId, String baseUrl) {

    public SignInMemory {
        environment = environment == null ? Environment.SANDBOX : environment;
        partnerId = partnerId == null ? "" : partnerId;
        clientId = clientId == null ? "" : clientId;
        baseUrl = baseUrl == null ? "" : baseUrl;
    }

    public static SignInMemory sandbox() {
        return new SignInMemory(Environment.SANDBOX, "", "", "");
    }
}
