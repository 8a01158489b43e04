package io.accountsdesk.sandbox;

/** What a client needs to sign in to the sandbox with the client-credentials grant. */
public record SandboxCredentials(String partnerId, String clientId, String clientSecret) {

    @Override
    public String toString() {
        // Keep the secret out of logs and exception messages that print this record.
        return "SandboxCredentials[partnerId=" + partnerId + ", clientId=" + clientId + ", clientSecret=***]";
    }
}
