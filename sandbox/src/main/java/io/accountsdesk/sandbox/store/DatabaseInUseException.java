package io.accountsdesk.sandbox.store;

import java.nio.file.Path;

/** Another sandbox (in this or another process) holds the database files. */
public final class DatabaseInUseException extends RuntimeException {

    private final Path dataDir;

    public DatabaseInUseException(Path dataDir, Throwable cause) {
        super("The sandbox database in " + dataDir + " is in use by another process (or another sandbox in this one). "
                + "Stop the other sandbox, or start this one with another data directory (--data-dir DIR).", cause);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
