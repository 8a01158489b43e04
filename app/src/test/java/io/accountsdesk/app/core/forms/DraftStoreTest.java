package io.accountsdesk.app.core.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts hold personal data: the user's alone on disk, listed by their key, and gone when deleted. */
class DraftStoreTest {

    @TempDir
    Path dir;

    @Test
    void draftsAreReadableByTheUserOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        DraftStore store = new DraftStore(dir.resolve("drafts"));
        store.save(new DraftStore.Draft("T123/new-account/a", Instant.now(), Map.of("applicant.email", "k@x.no")));
        Path file = store.file("T123/new-account/a");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("drafts"))))
                .isEqualTo("rwx------");

        store.save(new DraftStore.Draft("T123/new-account/a", Instant.now(), Map.of("applicant.email", "o@x.no")));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .as("a draft kept again stays private").isEqualTo("rw-------");
        assertThat(store.load("T123/new-account/a").orElseThrow().values()).containsEntry("applicant.email", "o@x.no");
    }

    @Test
    void listsTheDraftsUnderAKeyNewestFirst() throws Exception {
        DraftStore store = new DraftStore(dir);
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        store.save(new DraftStore.Draft("T123/new-account/old", now.minusSeconds(60), Map.of("a", "1")));
        store.save(new DraftStore.Draft("T123/new-account/new", now, Map.of("a", "2")));
        store.save(new DraftStore.Draft("T123/account-details/T1", now, Map.of("a", "3")));
        store.save(new DraftStore.Draft("T999/new-account/x", now, Map.of("a", "4")));
        Files.writeString(dir.resolve("0123456789abcdef0123456789abcdef.json"), "{ not json");

        assertThat(store.list("T123/new-account/")).extracting(DraftStore.Draft::key)
                .containsExactly("T123/new-account/new", "T123/new-account/old");

        store.delete("T123/new-account/new");
        assertThat(store.list("T123/new-account/")).extracting(DraftStore.Draft::key)
                .containsExactly("T123/new-account/old");
        assertThat(new DraftStore(dir.resolve("none")).list("T123/")).isEmpty();
    }
}
