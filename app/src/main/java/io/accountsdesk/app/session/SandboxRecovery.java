package io.accountsdesk.app.session;

/**
 * The ways out the sign-in offers when the embedded sandbox cannot open its data ({@link SandboxUnavailable}). Each
 * changes how the next sandbox start goes; the sign-in then signs in again.
 */
public interface SandboxRecovery {

    /** Offers nothing: for sign-ins made without an embedded sandbox (tests of other ways). */
    SandboxRecovery NONE = new SandboxRecovery() {
        @Override
        public void startAfresh() {
            throw new UnsupportedOperationException("no embedded sandbox here");
        }

        @Override
        public void useDataOfItsOwn() {
            throw new UnsupportedOperationException("no embedded sandbox here");
        }

        @Override
        public boolean handOverToRunningApp() {
            return false;
        }
    };

    /** The next start sets the damaged data aside, keeping the file, and makes new demo data. */
    void startAfresh();

    /** The next start uses a new folder of data of its own, removed when the app quits. */
    void useDataOfItsOwn();

    /**
     * Asks the app that holds the data to come to the front and, if it answered, closes this one. Blocking: call it
     * from a background task.
     *
     * @return whether the running app answered (when not, this app stays open)
     */
    boolean handOverToRunningApp();
}
