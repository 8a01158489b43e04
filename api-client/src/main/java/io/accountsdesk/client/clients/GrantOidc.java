package io.accountsdesk.client.clients;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A grant's OpenID Connect configuration: the external provider's client, which lets end users sign in there and
 * trade the authorization code for a Dintero token. The seed's example ends this object with a trailing comma, so it
 * may have lost a field; only the two fields it shows are modelled.
 */
public record GrantOidc(
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret) {

    @Override
    public String toString() {
        return "GrantOidc[clientId=" + clientId + ", clientSecret=<redacted>]";
    }
}
