package io.accountsdesk.app.access.me;

import java.time.OffsetDateTime;

/**
 * One account the signed-in person can reach, as My account lists it.
 *
 * @param scopes what the person may do there, comma-separated
 */
public record Membership(String accountId, String name, String scopes, OffsetDateTime lastSeen) {
}
