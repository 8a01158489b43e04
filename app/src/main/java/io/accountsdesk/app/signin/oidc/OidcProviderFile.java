package io.accountsdesk.app.signin.oidc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountsdesk.app.session.Environment;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The identity providers last used, per environment, in {@value #FILE} beside the preferences. Neither the endpoint
 * nor the OIDC client id is secret; nothing else is written here. Read once when made (make it off the UI thread);
 * written on whatever thread remembers, which is a background task's.
 */
public final class OidcProviderFile implements OidcProviderMemory {

    static final String FILE = "oidc-providers.json";
    private static final Logger LOG = LoggerFactory.getLogger(OidcProviderFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One environment's provider as stored. */
    record Stored(@JsonProperty("authorization_endpoint") String authorizationEndpoint,
                  @JsonProperty("client_id") String clientId) {
    }

    private final Path file;
    private final Map<Environment, OidcProvider> providers = new EnumMap<>(Environment.class);

    public OidcProviderFile(Path configDir) {
        this.file = configDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try {
                Map<Environment, Stored> stored = JSON.readValue(file.toFile(), new TypeReference<>() { });
                stored.forEach((env, p) -> {
                    if (env != null && p != null && p.authorizationEndpoint() != null && p.clientId() != null) {
                        providers.put(env, new OidcProvider(URI.create(p.authorizationEndpoint()), p.clientId()));
                    }
                });
            } catch (IOException | IllegalArgumentException unreadable) {
                LOG.warn("Ignoring unreadable {}: {}", file, unreadable.getMessage());
            }
        }
    }

    @Override
    public synchronized Optional<OidcProvider> recall(Environment environment) {
        return Optional.ofNullable(providers.get(environment));
    }

    @Override
    public synchronized void remember(Environment environment, OidcProvider provider) {
        if (provider.equals(providers.get(environment))) {
            return;
        }
        providers.put(environment, provider);
        Map<Environment, Stored> stored = new EnumMap<>(Environment.class);
        providers.forEach((env, p) -> stored.put(env, new Stored(p.authorizationEndpoint().toString(), p.clientId())));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE + ".tmp");
            JSON.writeValue(temporary.toFile(), stored);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            // Only a convenience: the next sign-in asks again.
            LOG.warn("Could not remember the identity provider in {}: {}", file, failed.getMessage());
        }
    }
}
