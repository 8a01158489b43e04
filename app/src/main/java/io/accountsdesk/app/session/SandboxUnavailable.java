package io.accountsdesk.app.session;

import java.nio.file.Path;

/**
 * The embedded sandbox could not open its data, for a reason the sign-in can offer a way out of: damaged data (start
 * afresh, keeping the old file), or data another sandbox holds (show the app that holds it, or use data of one's
 * own). The sign-in says it in the user's language; this message is for the log.
 */
public final class SandboxUnavailable extends RuntimeException {

    public enum Reason {
        /** The database file cannot be read. */
        DAMAGED,
        /** Another Accounts Desk holds the data and can be asked to come to the front. */
        HELD_BY_APP,
        /** Something else holds it: the standalone sandbox, or an app that cannot be reached. */
        HELD
    }

    private final Reason reason;
    private final Path dataDir;

    public SandboxUnavailable(Reason reason, Path dataDir, Throwable cause) {
        super(cause.getMessage(), cause);
        this.reason = reason;
        this.dataDir = dataDir;
    }

    public Reason reason() {
        return reason;
    }

    public Path dataDir() {
        return dataDir;
    }
}
