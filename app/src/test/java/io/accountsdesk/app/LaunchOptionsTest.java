package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.preferences.ThemeChoice;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void noOptionsMeansTheSandbox() {
        LaunchOptions options = LaunchOptions.parse(List.of(), Map.of());
        assertThat(options.environment()).isNull();
        assertThat(options.hasCredentials()).isFalse();
        assertThat(options.sandboxAccounts()).isEqualTo(250);
        assertThat(options.configDir()).isNotNull();
        assertThat(options.draftsDir()).as("drafts live in the OS's per-user data folder")
                .isEqualTo(java.nio.file.Path.of(dev.dirs.ProjectDirectories.from("io", "accountsdesk", "Accounts Desk")
                        .dataDir, "drafts"));
    }

    @Test
    void aConfigDirGivenKeepsTheDraftsInItToo() {
        LaunchOptions options = LaunchOptions.parse(List.of("--config-dir", "/tmp/portable"), Map.of());
        assertThat(options.configDir()).isEqualTo(java.nio.file.Path.of("/tmp/portable"));
        assertThat(options.draftsDir()).isEqualTo(java.nio.file.Path.of("/tmp/portable/drafts"));
    }

    @Test
    void credentialsComeFromArgumentsAndTheSecretOnlyFromTheEnvironment() {
        LaunchOptions options = LaunchOptions.parse(
                List.of("--partner-id", "P12300000", "--client-id", "abc", "--theme", "dark"),
                Map.of("ACCOUNTS_DESK_CLIENT_SECRET", "s3cret"));
        assertThat(options.hasCredentials()).isTrue();
        assertThat(options.credentialEnvironment()).isEqualTo(Environment.PRODUCTION);
        assertThat(options.theme()).isEqualTo(ThemeChoice.DARK);
        assertThat(options.clientSecret()).isEqualTo("s3cret");
        assertThat(options.toString()).doesNotContain("s3cret").contains("<redacted>");

        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--client-secret", "x"), Map.of()))
                .hasMessageContaining("ACCOUNTS_DESK_CLIENT_SECRET");
    }

    @Test
    void aBaseUrlMeansACustomServer() {
        LaunchOptions options = LaunchOptions.parse(List.of("--base-url", "http://127.0.0.1:8080/v1",
                "--partner-id", "T12300000", "--client-id", "c", "--sandbox-data-dir", "/tmp/x"), Map.of());
        assertThat(options.credentialEnvironment()).isEqualTo(Environment.CUSTOM);
        assertThat(options.sandboxDataDir()).isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void sandboxFaultsAreParsedAndAMistakeIsNamed() {
        LaunchOptions options = LaunchOptions.parse(List.of("--sandbox-faults", "error=0.3; latency=500ms"), Map.of());
        assertThat(options.sandboxFaults()).hasToString("error=0.3; latency=500ms");
        assertThat(LaunchOptions.parse(List.of(), Map.of()).sandboxFaults().isEmpty()).isTrue();
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--sandbox-faults", "error=3"), Map.of()))
                .isInstanceOf(LaunchOptions.InvalidOptionException.class)
                .hasMessageContaining("--sandbox-faults").hasMessageContaining("between 0 and 1");
    }

    @Test
    void badOptionsSayWhatIsWrong() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--env", "staging"), Map.of()))
                .hasMessageContaining("staging");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--sandbox-accounts", "-3"), Map.of()))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--partner-id"), Map.of()))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--bogus"), Map.of()))
                .hasMessageContaining("--bogus");
    }

    @Test
    void theStartupProbeIsOffUnlessAsked() {
        assertThat(LaunchOptions.parse(List.of(), Map.of()).startupProbe()).isFalse();
        LaunchOptions probe = LaunchOptions.parse(List.of("--startup-probe", "--sandbox-data-dir", "/tmp/x"), Map.of());
        assertThat(probe.startupProbe()).isTrue();
        assertThat(probe.sandboxDataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(probe.environment()).as("it measures the default start, on the sandbox").isNull();
        assertThat(probe.toString()).contains("startupProbe=true");
        assertThat(LaunchOptions.USAGE).contains("--startup-probe").contains("startup-probe ready_ms=");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--startup-probe=yes"), Map.of()))
                .hasMessageContaining("Unknown option");
    }

    @Test
    void theBenchScenarioIsOffUnlessAskedAndOnlyAKnownOne() {
        assertThat(LaunchOptions.parse(List.of(), Map.of()).benchScenario()).isNull();
        assertThat(LaunchOptions.parse(List.of("--bench-scenario", "stalls"), Map.of()).benchScenario())
                .isEqualTo("stalls");
        assertThat(LaunchOptions.USAGE).contains("--bench-scenario memory|stalls");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--bench-scenario", "speed"), Map.of()))
                .isInstanceOf(LaunchOptions.InvalidOptionException.class)
                .hasMessageContaining("memory, stalls").hasMessageContaining("speed");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--bench-scenario"), Map.of()))
                .hasMessageContaining("needs a value");
    }

    @Test
    void aCaFileComesFromTheOptionOrTheEnvironmentAndTheOptionWins() {
        assertThat(LaunchOptions.parse(List.of(), Map.of()).caFile()).isNull();
        assertThat(LaunchOptions.parse(List.of("--ca-file", "/etc/corp/ca.pem"), Map.of()).caFile())
                .isEqualTo(Path.of("/etc/corp/ca.pem"));
        assertThat(LaunchOptions.parse(List.of(), Map.of("ACCOUNTS_DESK_CA_FILE", " /opt/ca.pem ")).caFile())
                .isEqualTo(Path.of("/opt/ca.pem"));
        assertThat(LaunchOptions.parse(List.of("--ca-file", "mine.pem"), Map.of("ACCOUNTS_DESK_CA_FILE",
                "/opt/ca.pem")).caFile()).isEqualTo(Path.of("mine.pem"));
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--ca-file"), Map.of()))
                .hasMessage("--ca-file needs a value.");
        assertThat(LaunchOptions.USAGE).contains("--ca-file PATH").contains("HTTPS_PROXY");
    }
}
