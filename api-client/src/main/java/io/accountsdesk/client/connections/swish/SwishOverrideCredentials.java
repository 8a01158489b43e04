package io.accountsdesk.client.connections.swish;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The Swish number one store uses instead of the connection's own. */
public record SwishOverrideCredentials(@JsonProperty("swish_number") String swishNumber) {
}
