package io.accountsdesk.app.signin.oidc;

import io.accountsdesk.app.session.Environment;
import java.util.Optional;

/** Remembers the identity provider last used for an environment, so the next sign-in needs one click. */
public interface OidcProviderMemory {

    OidcProviderMemory NONE = new OidcProviderMemory() {
        @Override
        public Optional<OidcProvider> recall(Environment environment) {
            return Optional.empty();
        }

        @Override
        public void remember(Environment environment, OidcProvider provider) {
        }
    };

    Optional<OidcProvider> recall(Environment environment);

    void remember(Environment environment, OidcProvider provider);
}
