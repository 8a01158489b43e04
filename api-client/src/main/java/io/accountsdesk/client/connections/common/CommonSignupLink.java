package io.accountsdesk.client.connections.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A link to an account's Common signup, for the Dintero onboarding team. */
public record CommonSignupLink(@JsonProperty("ref") String ref) {
}
