package io.accountsdesk.client.screening.vmss;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One possible match: who listed the merchant, the listing, and how it compares with the searched merchant.
 *
 * @param acquirerBid     the listing acquirer's Visa business id ({@code acquirerBID})
 * @param terminatedRefId Visa's id of the listing ({@code terminatedRefID}), a UUID in the seed
 */
public record VmssMatchedRecord(
        @JsonProperty("acquirerBID") String acquirerBid,
        @JsonProperty("acquirerName") String acquirerName,
        @JsonProperty("terminatedRefID") String terminatedRefId,
        @JsonProperty("terminatedRecord") VmssTerminatedRecord terminatedRecord,
        @JsonProperty("terminatedRecordMatch") VmssRecordMatch terminatedRecordMatch,
        @JsonProperty("acquirerCountryOrRegion") String acquirerCountryOrRegion) {
}
