package io.accountsdesk.app.core;

import io.accountsdesk.client.accounts.Account;

/**
 * Published when a screen created a sub-account, so screens that list accounts show it without the user reloading.
 * It lives in the core because the feature that creates accounts and the one that lists them know nothing of each
 * other.
 */
public record AccountCreated(Account account) {
}
