package io.accountsdesk.sandbox.auth;

/** A client-credentials client of a partner account. */
public record ApiClient(String clientId, String clientSecret, String partnerId, String name) {

    @Override
    public String toString() {
        // Records print every component; the secret must never reach a log line through toString().
        return "ApiClient[clientId=" + clientId + ", partnerId=" + partnerId + ", name=" + name + "]";
    }
}
