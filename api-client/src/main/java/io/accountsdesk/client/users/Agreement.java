package io.accountsdesk.client.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The terms and conditions a user accepted (the seed's {@code AccountAgreement}).
 *
 * @param attachments the documents that were part of the agreement, such as a cookie policy
 */
public record Agreement(
        @JsonProperty("name") String name,
        @JsonProperty("version") String version,
        @JsonProperty("personal_guarantee_accepted") Boolean personalGuaranteeAccepted,
        @JsonProperty("attachments") List<Attachment> attachments) {

    /** One document of an agreement, by name and version. */
    public record Attachment(
            @JsonProperty("name") String name,
            @JsonProperty("version") String version) {
    }
}
