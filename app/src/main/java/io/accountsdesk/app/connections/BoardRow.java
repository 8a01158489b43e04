package io.accountsdesk.app.connections;

import java.time.Duration;
import java.time.Instant;

/**
 * One connection that is not enabled, on the board of all sub-accounts.
 *
 * @param change what happened to it since the last look at the board
 */
public record BoardRow(String accountId, String accountName, String connection, String provider, String status,
                       Instant since, Duration waited, String waitedText, String lastEvent, String manager,
                       Change change, boolean stuck) {

    /** What changed since the last look. */
    public enum Change {
        /** Not on the board last time. */
        NEW,
        /** On the board last time with another status. */
        MOVED,
        /** On the board last time, enabled or gone now: kept on the board once so the user sees it went. */
        RESOLVED,
        SAME
    }

    /** The key that identifies the row from one look to the next. */
    String key() {
        return accountId + "/" + connection;
    }
}
