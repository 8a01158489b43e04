package io.accountsdesk.app.session.keychain;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OS keychain through java-keyring. Every entry is under the service {@value #SERVICE}. A platform without a
 * usable backend (no D-Bus Secret Service, a missing native library) makes this {@linkplain #availability()
 * unavailable} with the reason; nothing here ever falls back to a file.
 */
public final class OsKeychain implements Keychain {

    static final String SERVICE = "Accounts Desk";
    private static final Logger LOG = LoggerFactory.getLogger(OsKeychain.class);

    private Keyring keyring;
    private Availability availability;

    @Override
    public synchronized Availability availability() {
        if (availability == null) {
            try {
                keyring = Keyring.create();
                availability = Availability.yes();
            } catch (BackendNotSupportedException unsupported) {
                availability = Availability.no(why(unsupported));
            } catch (RuntimeException | LinkageError broken) {
                // JNA without its native part, a D-Bus library that cannot load: no keychain, and say so.
                availability = Availability.no(why(broken));
            }
            if (!availability.available()) {
                LOG.info("No OS keychain: {}", availability.reason());
            }
        }
        return availability;
    }

    private static String why(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    @Override
    public synchronized Optional<String> read(String key) {
        if (!availability().available()) {
            return Optional.empty();
        }
        try {
            String secret = keyring.getPassword(SERVICE, key);
            return secret == null || secret.isEmpty() ? Optional.empty() : Optional.of(secret);
        } catch (PasswordAccessException | RuntimeException | LinkageError missingOrLocked) {
            // Backends say "not found" and "locked" the same way; either way there is nothing to use now.
            LOG.debug("Nothing read from the keychain under {}: {}", key, missingOrLocked.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public synchronized void store(String key, String secret) throws KeychainException {
        if (!availability().available()) {
            throw new KeychainException(availability().reason(), null);
        }
        try {
            keyring.setPassword(SERVICE, key, secret);
        } catch (PasswordAccessException | RuntimeException | LinkageError refused) {
            throw new KeychainException("The keychain did not keep it: " + why(refused), refused);
        }
    }

    @Override
    public synchronized void delete(String key) throws KeychainException {
        if (!availability().available() || read(key).isEmpty()) {
            return;
        }
        try {
            keyring.deletePassword(SERVICE, key);
        } catch (PasswordAccessException | RuntimeException | LinkageError refused) {
            throw new KeychainException("The keychain did not remove it: " + why(refused), refused);
        }
    }
}
