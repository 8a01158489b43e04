package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * An issue's acceptance names operations by their row in {@code spec/api/endpoints.tsv}; this reads those rows from
 * the spec the repository carries and records which operations a piece of app code made succeed. The client logs
 * one line per call with the operation's path template, which is what is matched.
 */
public final class SpecEndpoints {

    /** Work that drives the app and may fail. */
    @FunctionalInterface
    public interface Drive {
        void run() throws Exception;
    }

    private SpecEndpoints() {
    }

    /** "METHOD path" of each row in {@code rows}. */
    public static Set<String> rows(Set<Integer> rows) throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("spec/api/endpoints.tsv"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository's spec/api/endpoints.tsv").isNotNull();
        Set<String> wanted = new LinkedHashSet<>();
        Set<Integer> found = new LinkedHashSet<>();
        for (String line : Files.readAllLines(dir.resolve("spec/api/endpoints.tsv"))) {
            String[] cells = line.split("\t");
            if (cells[0].matches("\\d+") && rows.contains(Integer.parseInt(cells[0]))) {
                found.add(Integer.parseInt(cells[0]));
                wanted.add(cells[2] + " " + cells[3]);
            }
        }
        assertThat(found).as("every row asked for is in the spec").containsExactlyInAnyOrderElementsOf(rows);
        return wanted;
    }

    /** Rows {@code from} to {@code to}, both included. */
    public static Set<Integer> range(int from, int to) {
        Set<Integer> rows = new LinkedHashSet<>();
        for (int row = from; row <= to; row++) {
            rows.add(row);
        }
        return rows;
    }

    /** "METHOD path" of every call {@code drive} made that the server answered with a 2xx. */
    public static Set<String> succeeded(Drive drive) throws Exception {
        Logger http = (Logger) LoggerFactory.getLogger("io.accountsdesk.client.http");
        Level before = http.getLevel();
        ListAppender<ILoggingEvent> calls = new ListAppender<>();
        calls.start();
        http.addAppender(calls);
        http.setLevel(Level.INFO);
        try {
            drive.run();
        } finally {
            http.detachAppender(calls);
            http.setLevel(before);
        }
        Set<String> succeeded = new LinkedHashSet<>();
        for (ILoggingEvent call : calls.list) {
            String line = call.getFormattedMessage();
            if (line.matches("^[A-Z]+ \\S+ -> 2\\d\\d in .*")) {
                succeeded.add(line.substring(0, line.indexOf(" -> ")));
            }
        }
        return succeeded;
    }
}
