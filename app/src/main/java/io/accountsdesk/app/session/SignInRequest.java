package io.accountsdesk.app.session;

/** What the user typed to sign in. {@link #toString()} never shows the secret. */
public record SignInRequest(Environment environment, String baseUrl, String partnerId, String clientId,
                            String clientSecret) {

    public static SignInRequest sandbox() {
        return new SignInRequest(Environment.SANDBOX, null, null, null, null);
    }

    @Override
    public String toString() {
        return "SignInRequest[environment=" + environment + ", baseUrl=" + baseUrl + ", partnerId=" + partnerId
                + ", clientId=" + clientId + ", clientSecret=<redacted>]";
    }
}
