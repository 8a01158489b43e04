package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A document accepted along with the agreement, such as the cookie policy, by name and version. */
public record AgreementAttachment(
        @JsonProperty("name") String name,
        @JsonProperty("version") String version) {
}
