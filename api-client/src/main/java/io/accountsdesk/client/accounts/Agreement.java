package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** The terms the applicant accepted, and when the server recorded the acceptance. */
public record Agreement(
        @JsonProperty("name") String name,
        @JsonProperty("version") String version,
        @JsonProperty("personal_guarantee_accepted") Boolean personalGuaranteeAccepted,
        @JsonProperty("attachments") List<AgreementAttachment> attachments,
        @JsonProperty("accepted_at") OffsetDateTime acceptedAt) {
}
