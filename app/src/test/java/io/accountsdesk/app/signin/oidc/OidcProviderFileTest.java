package io.accountsdesk.app.signin.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.session.Environment;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OidcProviderFileTest {

    @TempDir
    Path configDir;

    @Test
    void theProviderOfEachEnvironmentIsThereAtTheNextStart() throws Exception {
        OidcProvider test = new OidcProvider(URI.create("https://login.example/authorize"), "desk-test");
        OidcProvider production = new OidcProvider(URI.create("https://login.example/authorize"), "desk");
        OidcProviderFile file = new OidcProviderFile(configDir);
        file.remember(Environment.TEST, test);
        file.remember(Environment.PRODUCTION, production);

        OidcProviderFile next = new OidcProviderFile(configDir);

        assertThat(next.recall(Environment.TEST)).contains(test);
        assertThat(next.recall(Environment.PRODUCTION)).contains(production);
        assertThat(next.recall(Environment.CUSTOM)).isEmpty();
    }

    @Test
    void anUnreadableFileIsIgnored() throws Exception {
        Files.writeString(configDir.resolve(OidcProviderFile.FILE), "{not json");
        assertThat(new OidcProviderFile(configDir).recall(Environment.TEST)).isEmpty();
    }
}
