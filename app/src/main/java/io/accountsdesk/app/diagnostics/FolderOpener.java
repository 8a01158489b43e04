package io.accountsdesk.app.diagnostics;

import java.nio.file.Path;

/** Shows a folder in the operating system's file manager. Tests pass one that records what it was asked. */
@FunctionalInterface
public interface FolderOpener {

    /**
     * Opens {@code folder}, returning once the file manager was asked to.
     *
     * @throws Unavailable when no file manager can be opened from here; the app then gives the path to copy
     */
    void open(Path folder) throws Unavailable;

    /** No file manager could be started; the message says why. */
    final class Unavailable extends Exception {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
