package io.accountsdesk.app.session.keychain;

import java.util.Optional;

/**
 * No keychain (a headless machine, a desktop without a Secret Service, tests): remembers nothing and says why, so
 * "Remember me" is shown disabled with the reason instead of keeping secrets somewhere worse.
 */
public final class NoKeychain implements Keychain {

    private final String reason;

    public NoKeychain(String reason) {
        this.reason = reason;
    }

    @Override
    public Availability availability() {
        return Availability.no(reason);
    }

    @Override
    public Optional<String> read(String key) {
        return Optional.empty();
    }

    @Override
    public void store(String key, String secret) throws KeychainException {
        throw new KeychainException(reason, null);
    }

    @Override
    public void delete(String key) {
        // Nothing was ever kept.
    }
}
