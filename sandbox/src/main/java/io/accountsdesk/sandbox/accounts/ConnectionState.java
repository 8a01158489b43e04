package io.accountsdesk.sandbox.accounts;

/** One payment connection of an account and where its application stands; mirrors the document for filtering. */
public record ConnectionState(String connection, String status) {
}
