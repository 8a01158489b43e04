package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * One step in a due-diligence case's history.
 *
 * @param event      what happened, for example {@code case_created}; the seed does not list the values
 * @param caseStatus the case's status after this event
 * @param error      what went wrong, when the event is a failure
 * @param caseData   the case as the CDD service returned it ({@code case}); contract details only when the list was
 *                   asked to include them. Kept as raw JSON because its shape is the CDD service's, not this API's.
 * @param created    the CDD service's id for a newly created case and the contract a signatory must sign
 */
public record CddEvent(
        @JsonProperty("id") Long id,
        @JsonProperty("request_id") String requestId,
        @JsonProperty("case_status") CaseStatus caseStatus,
        @JsonProperty("event") String event,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("error") String error,
        @JsonProperty("case") JsonNode caseData,
        @JsonProperty("created") Created created) {

    /** The case the CDD service created. */
    public record Created(
            @JsonProperty("case_id") String caseId,
            @JsonProperty("contract_url") String contractUrl) {
    }

    /** Leaves out {@code case}: it can hold personal details (national identity numbers) of the company's people. */
    @Override
    public String toString() {
        return "CddEvent[id=" + id + ", requestId=" + requestId + ", caseStatus=" + caseStatus + ", event=" + event
                + ", createdAt=" + createdAt + ", error=" + error + ", caseData="
                + (caseData == null ? "null" : "<redacted>") + ", created=" + created + "]";
    }
}
