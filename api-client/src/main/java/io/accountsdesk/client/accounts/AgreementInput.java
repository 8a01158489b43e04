package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The terms the applicant accepts, as sent; the server records when. */
public record AgreementInput(
        @JsonProperty("name") String name,
        @JsonProperty("version") String version,
        @JsonProperty("personal_guarantee_accepted") Boolean personalGuaranteeAccepted,
        @JsonProperty("attachments") List<AgreementAttachment> attachments) {
}
