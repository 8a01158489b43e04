package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /accounts/{partner_id}/auth/exchange_token}: the sub-account to act on. */
public record ExchangeRequest(@JsonProperty("account_id") String accountId) {
}
