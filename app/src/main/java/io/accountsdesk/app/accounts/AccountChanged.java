package io.accountsdesk.app.accounts;

import io.accountsdesk.client.accounts.Account;

/** Published when an account was saved, so every screen showing it (the list) shows it as saved. */
public record AccountChanged(Account account) {
}
