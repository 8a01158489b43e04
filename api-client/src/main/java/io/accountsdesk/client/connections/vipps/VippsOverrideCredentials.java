package io.accountsdesk.client.connections.vipps;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The Vipps merchant serial number one store uses instead of the connection's own (camelCase, as Vipps names it). */
public record VippsOverrideCredentials(@JsonProperty("merchantSerialNumber") String merchantSerialNumber) {
}
