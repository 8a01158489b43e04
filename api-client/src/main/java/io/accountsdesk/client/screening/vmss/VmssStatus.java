package io.accountsdesk.client.screening.vmss;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Visa's status for the search, e.g. {@code API000} / {@code Success}; the seed lists no other codes. */
public record VmssStatus(
        @JsonProperty("statusDescription") String statusDescription,
        @JsonProperty("statusCode") String statusCode) {
}
