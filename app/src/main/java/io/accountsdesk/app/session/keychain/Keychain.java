package io.accountsdesk.app.session.keychain;

import java.util.Optional;

/**
 * The operating system's store for secrets (Secret Service on Linux, the macOS Keychain, Windows Credential
 * Manager): the only place the app keeps a secret between runs. What goes in is decided by {@link RememberMe};
 * nothing secret is ever written to a file or the preferences instead, not even when no keychain is there.
 */
public interface Keychain {

    /** Whether secrets can be kept here, and if not, why (said next to "Remember me"). */
    record Availability(boolean available, String reason) {

        public static Availability yes() {
            return new Availability(true, "");
        }

        public static Availability no(String reason) {
            return new Availability(false, reason);
        }
    }

    /** Asked once and kept: may take a moment (the keychain service may have to start), so not on the UI thread. */
    Availability availability();

    /** The secret kept under {@code key}, or empty when there is none or it cannot be read now. */
    Optional<String> read(String key);

    /** Keeps {@code secret} under {@code key}, replacing what was there. */
    void store(String key, String secret) throws KeychainException;

    /** Removes what is kept under {@code key}; nothing kept is no failure. */
    void delete(String key) throws KeychainException;

    /** The keychain refused; the message says what it said, never the secret. */
    final class KeychainException extends Exception {
        public KeychainException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
