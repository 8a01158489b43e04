package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The case handed on to the CDD (customer due diligence) service, see https://docs.quickr.no/. Unlike the rest of the
 * API this object's names are camelCase, because they are the CDD service's own; each is mapped explicitly.
 *
 * @param checks                 which checks to run, for example {@code KYC}; the seed does not list the values
 * @param countryCode            two-letter country of the organization
 * @param organizationNumber     the organization's national registration number
 * @param requireContractSigning whether a signatory must sign a contract before the case can be approved
 * @param details                free-form details for the CDD service; the seed gives no shape (an empty object)
 * @param callbackUrl            where the CDD service reports changes to the case
 * @param referenceId            the caller's own reference for the case
 */
public record CaseRequest(
        @JsonProperty("checks") List<String> checks,
        @JsonProperty("countryCode") String countryCode,
        @JsonProperty("organizationNumber") String organizationNumber,
        @JsonProperty("requireContractSigning") Boolean requireContractSigning,
        @JsonProperty("details") Map<String, Object> details,
        @JsonProperty("callbackUrl") String callbackUrl,
        @JsonProperty("referenceId") String referenceId) {

    /**
     * Leaves out the values of {@code details}: its shape is the CDD service's, and details of a company's people
     * (national identity numbers, dates of birth) must not reach logs or exception messages.
     */
    @Override
    public String toString() {
        return "CaseRequest[checks=" + checks + ", countryCode=" + countryCode + ", organizationNumber="
                + organizationNumber + ", requireContractSigning=" + requireContractSigning + ", details="
                + (details == null ? "null" : "<redacted>") + ", callbackUrl=" + callbackUrl
                + ", referenceId=" + referenceId + "]";
    }
}
