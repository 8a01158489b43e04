package io.accountsdesk.client.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The seed's example bodies from {@code spec/api/examples/examples.tsv}, each with the role it plays.
 *
 * <p>The tsv's {@code role_guess} is a heuristic. Where it is wrong, a line in one of the
 * {@code src/test/resources/contract/role-corrections-*.tsv} files (file, role, reason) sets the role after checking
 * the seed; the reason column is required so every correction says why.
 */
public final class SeedExamples {

    public enum Role { REQUEST, RESPONSE, ERROR }

    public record Example(String file, int seedLine, int opSeq, String method, String path, Role role,
                          String correction) {
        public Path location() {
            return SpecFiles.example(file);
        }

        @Override
        public String toString() {
            return file + " (#" + opSeq + " " + method + " " + path + ", " + role.name().toLowerCase()
                    + (correction == null ? "" : ", corrected") + ")";
        }
    }

    private record Correction(Role role, String reason) {
    }

    private SeedExamples() {
    }

    public static List<Example> all() {
        Map<String, Correction> corrections = corrections();
        try {
            List<Example> examples = new ArrayList<>();
            List<String> lines = Files.readAllLines(SpecFiles.example("examples.tsv"));
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                Correction correction = corrections.get(cells[0]);
                Role role = correction != null ? correction.role() : Role.valueOf(cells[6].toUpperCase());
                examples.add(new Example(cells[0], Integer.parseInt(cells[1]), Integer.parseInt(cells[2]), cells[3],
                        cells[4], role, correction == null ? null : correction.reason()));
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Correction> corrections() {
        Map<String, Correction> corrections = new HashMap<>();
        URL dir = SeedExamples.class.getResource("/contract");
        if (dir == null) {
            return corrections;
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("role-corrections")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.split("\t");
                    if (cells.length < 3 || cells[2].isBlank()) {
                        throw new IllegalStateException(file.getFileName() + ": a correction needs file, role and reason: "
                                + line);
                    }
                    if (corrections.put(cells[0], new Correction(Role.valueOf(cells[1].toUpperCase()), cells[2])) != null) {
                        throw new IllegalStateException(cells[0] + " is corrected twice");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return corrections;
    }
}
