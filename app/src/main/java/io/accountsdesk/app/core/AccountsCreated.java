package io.accountsdesk.app.core;

/** Published when many sub-accounts were created at once (a bulk onboarding run), so account lists read again once. */
public record AccountsCreated(long count) {
}
