package io.accountsdesk.sandbox;

import java.nio.file.Path;

/**
 * The database file in the data directory cannot be read: cut short by a full disk, overwritten, or written by
 * something else. {@link Sandbox#setAsideDamagedData(Path)} moves it out of the way so a reset can start afresh
 * without destroying what might still be recovered from it.
 */
public final class SandboxDataDamagedException extends SandboxException {

    private final Path dataDir;

    public SandboxDataDamagedException(Path dataDir, Throwable cause) {
        // H2's own words name pages and chunks; they go to the log with the cause, not to the person reading this.
        super("The sandbox data in " + dataDir + " is damaged and cannot be read. Start afresh with --reset: the"
                + " damaged file is kept beside the new one, renamed with the word 'damaged' and the time.", cause);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
