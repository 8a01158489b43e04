package io.accountsdesk.client.screening.vmss;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A VMSS search: the merchant to check, required by the seed. */
public record VmssSearchRequest(@JsonProperty("merchant") VmssMerchant merchant) {
}
