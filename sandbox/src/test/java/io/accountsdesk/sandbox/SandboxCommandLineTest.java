package io.accountsdesk.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxCommandLineTest {

    @Test
    void noArgumentsRunOnPort8080WithDefaults() {
        SandboxOptions options = ((SandboxCommandLine.Parsed.Run) SandboxCommandLine.parse(List.of())).options();
        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.accounts()).isEqualTo(250);
        assertThat(options.reset()).isFalse();
        assertThat(options.dataDir()).isNull();
        assertThat(options.resolvedDataDir().toString()).endsWith("sandbox");
        assertThat(options.liveMode()).isFalse();
    }

    @Test
    void liveSeedsTheProductionPartnerInADefaultDirectoryOfItsOwn() {
        SandboxOptions live = ((SandboxCommandLine.Parsed.Run) SandboxCommandLine.parse(List.of("--live"))).options();
        assertThat(live.liveMode()).isTrue();
        assertThat(live.withLiveMode(false)).isEqualTo(SandboxOptions.defaults().withPort(8080));
        assertThat(live.resolvedDataDir().getFileName()).hasToString("sandbox-live");
        assertThat(live.resolvedDataDir().getParent()).isEqualTo(SandboxOptions.defaultDataDir().getParent());
        assertThat(live.withDataDir(Path.of("/tmp/y")).resolvedDataDir()).isEqualTo(Path.of("/tmp/y"));

        SandboxOptions both = ((SandboxCommandLine.Parsed.Run) SandboxCommandLine.parse(
                List.of("--reset", "--live", "--accounts", "5"))).options();
        assertThat(both.liveMode()).isTrue();
        assertThat(both.reset()).isTrue();
        assertThat(both.accounts()).isEqualTo(5);
        assertThat(SandboxCommandLine.usage()).contains("--live", "P12300000");
    }

    @Test
    void everyOptionIsApplied() {
        SandboxCommandLine.Parsed parsed = SandboxCommandLine.parse(List.of("--port", "0", "--data-dir", "/tmp/x",
                "--reset", "--accounts=1000", "--seed", "-3", "--token-ttl", "60", "--faults", "error=0.1; seed=4"));
        SandboxOptions options = ((SandboxCommandLine.Parsed.Run) parsed).options();
        assertThat(options.withFaults(null)).isEqualTo(
                new SandboxOptions(0, Path.of("/tmp/x"), true, 1000, -3, Duration.ofSeconds(60), null));
        assertThat(options.faults()).hasToString("error=0.1; seed=4");
        assertThat(options.liveMode()).isFalse();
    }

    @Test
    void helpIsHelp() {
        assertThat(SandboxCommandLine.parse(List.of("--help"))).isInstanceOf(SandboxCommandLine.Parsed.Help.class);
        assertThat(SandboxCommandLine.usage()).contains("--port", "--data-dir", "--reset", "--accounts", "--seed", "--faults");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--port abc", "--port 70000", "--port", "--accounts -1", "--accounts 2000000",
            "--seed 1.5", "--token-ttl 0", "--bogus", "--reset=yes", "--live=true", "8080"})
    void badOptionsAreRefusedWithAMessage(String args) {
        SandboxCommandLine.Parsed parsed = SandboxCommandLine.parse(Arrays.asList(args.split(" ")));
        assertThat(parsed).isInstanceOf(SandboxCommandLine.Parsed.Invalid.class);
        assertThat(((SandboxCommandLine.Parsed.Invalid) parsed).message()).isNotBlank();
    }
}
