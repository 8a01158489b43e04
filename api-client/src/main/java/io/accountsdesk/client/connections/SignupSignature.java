package io.accountsdesk.client.connections;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Who signs the provider agreement, and whether politically exposed persons are involved. */
public record SignupSignature(
        @JsonProperty("signatures") List<Signatory> signatures,
        @JsonProperty("politically_exposed_person") Boolean politicallyExposedPerson,
        @JsonProperty("politically_exposed_associated") Boolean politicallyExposedAssociated) {

    /** One person who signs. */
    public record Signatory(
            @JsonProperty("name") String name,
            @JsonProperty("email") String email) {
    }
}
