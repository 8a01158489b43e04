package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A link the partner gives a merchant to finish onboarding. The seed's example shows only {@code client_id}; Dintero's
 * published reference for this operation also returns {@code partner_onboarding_url}, which is the point of the call,
 * so it is modelled too.
 */
public record PartnerOnboardingLink(
        @JsonProperty("partner_onboarding_url") String partnerOnboardingUrl,
        @JsonProperty("client_id") String clientId) {
}
