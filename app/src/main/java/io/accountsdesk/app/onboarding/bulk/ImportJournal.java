package io.accountsdesk.app.onboarding.bulk;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a bulk run did to each row, written as it happens, one JSON line per step, so a run stopped by cancel, a crash
 * or a lost network can go on where it stopped. A row is {@code sending} from just before its request goes out until
 * its outcome is known; a row still {@code sending} when a run resumes may or may not exist on the server, and is
 * looked up before it is sent again. Each line is flushed as it is written: a crash loses at most the line in hand.
 */
public final class ImportJournal implements AutoCloseable {

    /** The states a row goes through. */
    public enum State { SENDING, CREATED, FAILED }

    /** One step of one row. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(@JsonProperty("line") int line, @JsonProperty("org") String organisationNumber,
                        @JsonProperty("state") State state, @JsonProperty("account_id") String accountId,
                        @JsonProperty("link") String link, @JsonProperty("error") String error) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final BufferedWriter out;

    public ImportJournal(Path file) {
        this.file = file;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not open the import journal " + file, failed);
        }
    }

    /** The last step of each row written so far, by line; a torn last line (a crash mid-write) is skipped. */
    public Map<Integer, Entry> last() {
        Map<Integer, Entry> last = new HashMap<>();
        try {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            for (String text : lines) {
                if (text.isBlank()) {
                    continue;
                }
                try {
                    Entry entry = JSON.readValue(text, Entry.class);
                    last.put(entry.line(), entry);
                } catch (IOException torn) {
                    // only the line a crash cut short can be unreadable; the rows before it stand
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not read the import journal " + file, failed);
        }
        return last;
    }

    public synchronized void write(Entry entry) {
        try {
            out.write(JSON.writeValueAsString(entry));
            out.newLine();
            out.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not write to the import journal " + file, failed);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // everything written was flushed line by line
        }
    }
}
