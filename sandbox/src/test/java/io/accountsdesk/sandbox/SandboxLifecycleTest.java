package io.accountsdesk.sandbox;

import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.HoldDatabase;
import io.accountsdesk.sandbox.support.TestSandboxes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting, restarting, resetting and sharing data directories; each test gets its own sandboxes. */
class SandboxLifecycleTest {

    private final List<Path> dirs = new ArrayList<>();
    private final List<Sandbox> running = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        running.forEach(Sandbox::close);
        dirs.forEach(TestSandboxes::delete);
    }

    private Path dir(String name) {
        Path dir = TestSandboxes.tempDir(name);
        dirs.add(dir);
        return dir;
    }

    private Sandbox start(SandboxOptions options) {
        Sandbox sandbox = Sandbox.start(options);
        running.add(sandbox);
        return sandbox;
    }

    /** The whole list as served, byte for byte (40 accounts fit one page). */
    private static String everything(Sandbox sandbox) {
        Api api = TestSandboxes.api(sandbox);
        Api.Reply reply = api.get(api.accountsPath() + "?limit=100", api.token());
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }

    @Test
    void sameSeedAndCountGiveByteIdenticalAccountsAndCredentials() {
        SandboxOptions options = SandboxOptions.defaults().withAccounts(40).withSeed(7);
        Sandbox one = start(options.withDataDir(dir("one")));
        Sandbox two = start(options.withDataDir(dir("two")));
        assertThat(everything(one)).isEqualTo(everything(two));
        assertThat(one.credentials()).isEqualTo(two.credentials());
        assertThat(one.port()).isNotEqualTo(two.port());

        Sandbox other = start(options.withSeed(8).withDataDir(dir("other")));
        assertThat(everything(other)).isNotEqualTo(everything(one));
        assertThat(other.credentials().clientSecret()).isNotEqualTo(one.credentials().clientSecret());
    }

    @Test
    void restartReusesTheDataAndKeyAndResetRegenerates() {
        Path dir = dir("restart");
        Sandbox first = Sandbox.start(SandboxOptions.defaults().withDataDir(dir).withAccounts(40).withSeed(7));
        String before = everything(first);
        Api api = TestSandboxes.api(first);
        String token = api.token();
        String someAccount = api.get(api.accountsPath() + "?limit=1", token).json().get(0).get("account_id").asText();
        SandboxCredentials credentials = first.credentials();
        first.close();
        first.close(); // idempotent

        // Other seed and count, no reset: the existing data is used as it is.
        Sandbox second = start(SandboxOptions.defaults().withDataDir(dir).withAccounts(5).withSeed(8));
        assertThat(second.accountCount()).isEqualTo(40);
        assertThat(second.credentials()).isEqualTo(credentials);
        assertThat(everything(second)).isEqualTo(before);
        Api again = TestSandboxes.api(second);
        Api.Reply reply = again.get(again.accountsPath() + "/" + someAccount, token);
        assertThat(reply.status()).as("a token from before the restart still verifies").isEqualTo(200);
        second.close();

        Sandbox reset = start(SandboxOptions.defaults().withDataDir(dir).withAccounts(5).withSeed(8).withReset(true));
        assertThat(reset.accountCount()).isEqualTo(5);
        assertThat(reset.credentials()).isNotEqualTo(credentials);
        Api afterReset = TestSandboxes.api(reset);
        assertThat(afterReset.get(afterReset.accountsPath() + "/" + someAccount, afterReset.token()).status()).isEqualTo(404);
        assertThat(afterReset.get(afterReset.accountsPath(), token).status())
                .as("reset makes a new signing key").isEqualTo(401);
    }

    @Test
    void aDataDirectoryOfOneModeIsNotOpenedInTheOtherUnlessReset() {
        Path dir = dir("modes");
        Sandbox test = Sandbox.start(SandboxOptions.defaults().withDataDir(dir).withAccounts(4));
        String before = everything(test);
        test.close();

        // Live mode on test data, no reset: refused with what to do, and the test data is left as it was.
        assertThatThrownBy(() -> Sandbox.start(SandboxOptions.defaults().withDataDir(dir).withAccounts(4)
                .withLiveMode(true)))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("generated in test mode (partner T12300000)")
                .hasMessageContaining("live mode (partner P12300000) was asked for")
                .hasMessageContaining("--reset")
                .hasMessageContaining("without --live");
        Sandbox again = Sandbox.start(SandboxOptions.defaults().withDataDir(dir));
        assertThat(again.credentials().partnerId()).isEqualTo("T12300000");
        assertThat(everything(again)).isEqualTo(before);
        again.close();

        // With reset, the same directory becomes a live one.
        Sandbox live = start(SandboxOptions.defaults().withDataDir(dir).withAccounts(3).withLiveMode(true).withReset(true));
        assertThat(live.credentials().partnerId()).isEqualTo("P12300000");
        assertThat(live.accountCount()).isEqualTo(3);
        assertThat(everything(live)).doesNotContain("T12300000");
        assertThat(TestSandboxes.api(live).listAll(TestSandboxes.api(live).token(), "", 10))
                .allSatisfy(a -> assertThat(a.get("account_id").asText()).startsWith("P"));
        live.close();

        // ...and then refuses test mode the same way.
        assertThatThrownBy(() -> Sandbox.start(SandboxOptions.defaults().withDataDir(dir)))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("generated in live mode (partner P12300000)")
                .hasMessageContaining("with --live")
                .hasMessageContaining("--reset");
        Sandbox reopened = start(SandboxOptions.defaults().withDataDir(dir).withLiveMode(true));
        assertThat(reopened.credentials().partnerId()).isEqualTo("P12300000");
        assertThat(reopened.accountCount()).isEqualTo(3);
    }

    @Test
    void aDataDirectoryServesOneSandboxAtATime() {
        Path dir = dir("shared-dir");
        start(SandboxOptions.defaults().withDataDir(dir).withAccounts(3));
        assertThatThrownBy(() -> start(SandboxOptions.defaults().withDataDir(dir).withAccounts(3)))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("in use")
                .hasMessageContaining("--data-dir");
    }

    @Test
    void aDatabaseHeldByAnotherProcessIsReportedClearly() throws Exception {
        Path dir = dir("other-process");
        start(SandboxOptions.defaults().withDataDir(dir).withAccounts(2)).close();
        running.clear();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("holding");
            assertThatThrownBy(() -> start(SandboxOptions.defaults().withDataDir(dir)))
                    .isInstanceOf(SandboxException.class)
                    .hasMessageContaining("in use by another process")
                    .hasMessageContaining("--data-dir");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    @Test
    void takenPortIsReportedClearly() {
        Sandbox first = start(SandboxOptions.defaults().withDataDir(dir("port-a")).withAccounts(1));
        assertThatThrownBy(() -> start(SandboxOptions.defaults().withDataDir(dir("port-b")).withAccounts(1).withPort(first.port())))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("already in use");
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        Sandbox sandbox = start(SandboxOptions.defaults().withDataDir(dir("loopback")).withAccounts(1));
        assertThat(sandbox.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(sandbox.baseUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(sandbox.baseUrl().getPath()).isEqualTo("/v1");

        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
        if (external.isPresent()) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(external.get(), sandbox.port()), 2000))
                        .as("connecting through " + external.get()).isInstanceOf(ConnectException.class);
            }
        }
    }
}
