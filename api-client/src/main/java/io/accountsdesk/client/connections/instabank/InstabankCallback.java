package io.accountsdesk.client.connections.instabank;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** What completes an Instabank signup and enables Instabank for Checkout. */
public record InstabankCallback(@JsonProperty("organization_number") String organizationNumber) {

    public InstabankCallback {
        Objects.requireNonNull(organizationNumber, "organization_number");
    }
}
