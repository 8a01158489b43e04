package io.accountsdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.sandbox.support.Api;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database file damaged in the ways disks and people damage them is reported as damaged data, in words without
 * H2's internals, and a reset sets the file aside (never deletes it) and starts afresh. Each kind of damage was found
 * by trying it on a real sandbox file: H2 reports each in a different shape.
 */
class SandboxDamagedDataTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"random bytes in the middle", "a text file", "a zeroed header"})
    void damagedDataIsNamedAsSuchAndAResetSetsItAsideAndStartsAfresh(String damage) throws Exception {
        Path dir = tmp.resolve("data");
        Sandbox.start(SandboxOptions.defaults().withDataDir(dir).withPort(0).withAccounts(20)).close();
        Path file = dir.resolve("sandbox.mv.db");
        damage(file, damage);

        assertThatThrownBy(() -> Sandbox.start(SandboxOptions.defaults().withDataDir(dir).withPort(0)))
                .isInstanceOf(SandboxDataDamagedException.class)
                .hasMessageContaining("is damaged")
                .hasMessageContaining("--reset")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("org.h2", "MVStore", "chunk", "Exception"))
                .satisfies(e -> assertThat(((SandboxDataDamagedException) e).dataDir())
                        .isEqualTo(dir.toAbsolutePath().normalize()));

        try (Sandbox fresh = Sandbox.start(SandboxOptions.defaults().withDataDir(dir).withPort(0).withAccounts(3)
                .withReset(true))) {
            SandboxCredentials c = fresh.credentials();
            Api api = new Api(fresh.baseUrl(), c.partnerId(), c.clientId(), c.clientSecret());
            assertThat(api.get(api.accountsPath(), api.token()).status()).as("the fresh sandbox serves").isEqualTo(200);
        }
        List<Path> kept;
        try (Stream<Path> files = Files.list(dir)) {
            kept = files.filter(p -> p.getFileName().toString().startsWith("sandbox.mv.db.damaged-")).toList();
        }
        assertThat(kept).as("the damaged file, kept beside the new one").hasSize(1);
        // Kept as it was: put back in a directory of its own, it is still the damaged data, not an empty file.
        Path again = Files.createDirectories(tmp.resolve("again"));
        Files.copy(kept.get(0), again.resolve("sandbox.mv.db"));
        assertThatThrownBy(() -> Sandbox.start(SandboxOptions.defaults().withDataDir(again).withPort(0)))
                .isInstanceOf(SandboxDataDamagedException.class);
    }

    private static void damage(Path file, String how) throws IOException {
        long length = Files.size(file);
        switch (how) {
            case "random bytes in the middle" -> {
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    byte[] noise = new byte[8192];
                    new Random(1).nextBytes(noise);
                    f.seek(length / 2);
                    f.write(noise);
                }
            }
            case "a text file" -> Files.writeString(file, "not a database, whatever its name says");
            case "a zeroed header" -> {
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    f.write(new byte[8192]);
                }
            }
            default -> throw new IllegalArgumentException(how);
        }
    }
}
