package io.accountsdesk.app.accounts;

/** Published when an account was deleted, so the list drops its row without a reload. */
public record AccountDeleted(String accountId) {
}
