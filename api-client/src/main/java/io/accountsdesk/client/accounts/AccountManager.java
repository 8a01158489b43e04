package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

public record AccountManager(@JsonProperty("email") String email) {
}
