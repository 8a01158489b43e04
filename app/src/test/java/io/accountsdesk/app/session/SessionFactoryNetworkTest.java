package io.accountsdesk.app.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.app.core.ErrorMessages;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.client.http.NetworkSettingsException;
import io.accountsdesk.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session to Dintero or a custom server takes the proxy and CA settings; one that cannot be used is reported when the
 * session opens, in the user's language and without a stack trace or a password; a sandbox on loopback is reached
 * directly whatever the proxy. Seen failing: with {@code SessionFactory.connect} not applying the settings, the
 * malformed proxy signs in (to nothing) instead of being named.
 */
class SessionFactoryNetworkTest {

    private static final String PASSWORD = "pr0xy-pa55word";

    @TempDir
    Path dir;

    private SessionFactory factory(Map<String, String> env, Path caFile) {
        return new SessionFactory(SandboxOptions.defaults().withPort(0).withDataDir(dir.resolve("data"))
                .withReset(true).withAccounts(2), () -> { }).withNetwork(new NetworkSettings(env, caFile));
    }

    private static SignInRequest dintero() {
        return new SignInRequest(Environment.TEST, null, "T12300000", "client-id", "client-secret");
    }

    @Test
    void aMalformedProxyIsNamedWhenTheSessionOpensInBothLanguages() {
        try (SessionFactory factory = factory(Map.of("HTTPS_PROXY", "http://alice:" + PASSWORD + "@proxy:port"),
                null)) {
            assertThatThrownBy(() -> factory.open(dintero()))
                    .isInstanceOfSatisfying(NetworkSettingsException.class, failure -> {
                        String english = new ErrorMessages(Messages.load(Locale.ENGLISH)).describe(failure);
                        assertThat(english).startsWith("The proxy setting HTTPS_PROXY=http://***@proxy:port cannot"
                                + " be used").contains("http://user:password@host:port").doesNotContain(PASSWORD);
                        String norwegian = new ErrorMessages(Messages.load(Locale.forLanguageTag("nb")))
                                .describe(failure);
                        assertThat(norwegian).startsWith("Proxy-innstillingen HTTPS_PROXY=http://***@proxy:port")
                                .doesNotContain(PASSWORD);
                    });
        }
    }

    @Test
    void aMissingOrEmptyCaFileIsNamedWhenTheSessionOpens() throws Exception {
        Path missing = dir.resolve("corp-ca.pem");
        try (SessionFactory factory = factory(Map.of(), missing)) {
            assertThatThrownBy(() -> factory.open(dintero()))
                    .satisfies(failure -> assertThat(new ErrorMessages(Messages.load(Locale.ENGLISH))
                            .describe(failure)).isEqualTo("The CA file " + missing + " was not found. Check the path"
                            + " given with --ca-file or ACCOUNTS_DESK_CA_FILE, or leave it out to trust only this"
                            + " computer's certificate authorities."));
        }
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");
        try (SessionFactory factory = factory(Map.of(), empty)) {
            assertThatThrownBy(() -> factory.open(dintero()))
                    .satisfies(failure -> assertThat(new ErrorMessages(Messages.load(Locale.ENGLISH))
                            .describe(failure)).startsWith("The CA file " + empty + " holds no certificate."));
        }
    }

    @Test
    void aSandboxOnThisComputerIsReachedDirectlyWhateverTheProxy() {
        // Port 9 (discard) answers nothing: a call sent to this "proxy" would fail.
        try (SessionFactory factory = factory(Map.of("HTTPS_PROXY", "http://127.0.0.1:9"), null)) {
            Session sandbox = factory.open(SignInRequest.sandbox());
            var credentials = factory.embeddedSandbox().orElseThrow().credentials();
            Session custom = factory.open(new SignInRequest(Environment.CUSTOM, sandbox.baseUrl(),
                    credentials.partnerId(), credentials.clientId(), credentials.clientSecret()));

            assertThat(custom.client().config().network().toString()).contains("127.0.0.1:9");
            assertThat(custom.client().accounts().list(io.accountsdesk.client.accounts.AccountQuery.all(), null)
                    .items()).hasSize(2);
            custom.close();
            sandbox.close();
        }
    }
}
