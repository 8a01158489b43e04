package io.accountsdesk.sandbox;

import java.nio.file.Path;

/**
 * Another sandbox (an app, the standalone jar, or another sandbox in this process) holds the data directory. A caller
 * that can do something about it (offer the running app, or a separate directory) tells it from other failures by
 * this type, not by the words.
 */
public final class SandboxDataInUseException extends SandboxException {

    private final Path dataDir;

    public SandboxDataInUseException(String message, Path dataDir, Throwable cause) {
        super(message, cause);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
