package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The Dintero employee responsible for the account. */
public record AccountManager(@JsonProperty("email") String email) {
}
