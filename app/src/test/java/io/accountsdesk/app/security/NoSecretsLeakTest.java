package io.accountsdesk.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/** The scan itself: it must find what is there, in every form, and nothing that is not. */
class NoSecretsLeakTest {

    @TempDir
    Path dir;

    @Test
    void aSecretLoggedAtDebugFailsTheClass() throws Exception {
        NoSecretsLeak secrets = NoSecretsLeak.scanning(() -> List.of(dir));
        secrets.beforeAll((ExtensionContext) null);
        secrets.used("the test password", "Hunter-2-correct-horse");
        LoggerFactory.getLogger("io.accountsdesk.app.leaky").debug("signing in with Hunter-2-correct-horse");
        assertThatThrownBy(() -> secrets.afterAll(null))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the test password in ")
                .hasMessageNotContaining("Hunter-2");
    }

    @Test
    void aCleanDebugLogPasses() throws Exception {
        NoSecretsLeak secrets = NoSecretsLeak.scanning(() -> List.of(dir));
        secrets.beforeAll((ExtensionContext) null);
        secrets.used("the test password", "Hunter-2-correct-horse");
        LoggerFactory.getLogger("io.accountsdesk.app.careful").debug("signing in with <redacted>");
        secrets.afterAll(null);
    }

    @Test
    void secretsAreFoundInFilesUrlEncodedAndJsonEscaped() throws Exception {
        NoSecretsLeak secrets = NoSecretsLeak.scanning(() -> List.of(dir));
        secrets.used("client secret", "a+b/c\"d=e");
        secrets.used("sms code", "482913");
        Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(dir.resolve("drafts/form.json"), "{\"secret\":\"a+b\\/c\\\"d=e\"}\n");
        Files.writeString(dir.resolve("preferences.json"), "{\"q\":\"x=a%2Bb%2Fc%22d%3De\"}\n");
        Files.writeString(dir.resolve("journal.log"), "12:00:01 took 14829130 ms\ncode 482913 sent\n");

        List<String> hits = secrets.scan(List.of(dir));

        assertThat(hits).hasSize(3);
        assertThat(hits).anyMatch(hit -> hit.startsWith("client secret in ") && hit.contains("form.json:1"));
        assertThat(hits).anyMatch(hit -> hit.startsWith("client secret in ") && hit.contains("preferences.json:1"));
        assertThat(hits).anyMatch(hit -> hit.startsWith("sms code in ") && hit.contains("journal.log:2"));
    }

    @Test
    void tooShortToLookForIsRefused() {
        NoSecretsLeak secrets = NoSecretsLeak.scanning(List::of);
        assertThatThrownBy(() -> secrets.used("pin", "1234")).isInstanceOf(IllegalArgumentException.class);
    }
}
