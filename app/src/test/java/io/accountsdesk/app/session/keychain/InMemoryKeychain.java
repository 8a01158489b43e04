package io.accountsdesk.app.session.keychain;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A keychain that lives in this test's memory, to check what is kept and what is forgotten. */
public final class InMemoryKeychain implements Keychain {

    public final Map<String, String> entries = new ConcurrentHashMap<>();

    @Override
    public Availability availability() {
        return Availability.yes();
    }

    @Override
    public Optional<String> read(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void store(String key, String secret) {
        entries.put(key, secret);
    }

    @Override
    public void delete(String key) {
        entries.remove(key);
    }
}
