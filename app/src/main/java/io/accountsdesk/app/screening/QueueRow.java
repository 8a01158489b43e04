package io.accountsdesk.app.screening;

import java.time.Instant;

/**
 * An account the queue says to screen: never screened, or screened longer ago than the user's threshold.
 *
 * @param lastScreened its newest inquiry, {@code null} when it has none
 * @param decision     its current decision in words, or "" when none was recorded
 */
public record QueueRow(String accountId, String name, Instant lastScreened, String lastScreenedText, long ageDays,
                       String decision, boolean never) {
}
