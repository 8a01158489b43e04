package io.accountsdesk.app.core.forms;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where {@link FormDraft} keeps unsaved typing: one small JSON file per partner, form and record, written whole,
 * forced to the disk and moved into place, so a crash mid-write, even a power cut, leaves the previous draft. Drafts
 * hold personal data (names, e-mails, phone numbers), so where the file system has POSIX permissions the folder is
 * the user's alone (0700) and each draft readable by the user only (0600). Blocking: use from the ordered writes.
 */
public final class DraftStore {

    private static final Logger LOG = LoggerFactory.getLogger(DraftStore.class);

    /** A form's unsaved values by field path, and when they were kept. */
    public record Draft(String key, Instant savedAt, Map<String, String> values) {
    }

    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public DraftStore(Path dir) {
        this.dir = dir;
    }

    public void save(Draft draft) {
        Path file = file(draft.key());
        try {
            createPrivateDirectory();
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            if (posix()) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            }
            // On the disk before the rename: a killed app leaves what it wrote with the system, but a power cut
            // after the rename and before the data is written could leave an empty draft over the last good one.
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(json.writeValueAsBytes(draft)));
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not keep the draft in " + file, failed);
        }
    }

    /** The draft kept under {@code key}; an unreadable one is treated as none (and left for a person to look at). */
    public Optional<Draft> load(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Draft draft = json.readValue(file.toFile(), Draft.class);
            return draft != null && key.equals(draft.key()) ? Optional.of(draft) : Optional.empty();
        } catch (IOException unreadable) {
            LOG.warn("Ignoring unreadable draft {}: {}", file, unreadable.getMessage());
            return Optional.empty();
        }
    }

    /** Every readable draft whose key starts with {@code keyPrefix}, the most recently kept first. */
    public List<Draft> list(String keyPrefix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Draft> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                try {
                    Draft draft = json.readValue(file.toFile(), Draft.class);
                    if (draft != null && draft.key() != null && draft.key().startsWith(keyPrefix)
                            && file.equals(file(draft.key()))) {
                        found.add(draft);
                    }
                } catch (IOException unreadable) {
                    LOG.warn("Ignoring unreadable draft {}: {}", file, unreadable.getMessage());
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not list the drafts in " + dir, failed);
        }
        found.sort(Comparator.comparing(Draft::savedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return found;
    }

    private void createPrivateDirectory() throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
        } else {
            Files.createDirectories(dir);
        }
    }

    private boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                && dir.getFileSystem().equals(FileSystems.getDefault());
    }

    public void delete(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not delete the draft " + file(key), failed);
        }
    }

    /** Keys name partners and accounts; the file name is a digest so no key can reach outside the folder. */
    Path file(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".json");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", impossible);
        }
    }
}
