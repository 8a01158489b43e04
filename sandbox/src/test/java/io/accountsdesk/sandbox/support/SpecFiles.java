package io.accountsdesk.sandbox.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository's {@code spec/} folder (the seed, the endpoint catalogue and the seed's examples) from wherever
 * the tests run: Maven runs them in the module's folder, an IDE often in the repository's root. The files are part of
 * the repository, so a fresh clone needs nothing beside it.
 */
public final class SpecFiles {

    private static final Path MARKER = Path.of("spec", "api", "endpoints.tsv");

    private SpecFiles() {
    }

    /** The {@code spec/} folder: the first directory at or above the working directory holding {@code spec/api/endpoints.tsv}. */
    public static Path root() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                return dir.resolve("spec");
            }
        }
        throw new IllegalStateException("Cannot find " + MARKER + " in " + start + " or any folder above it;"
                + " run the tests from inside the repository");
    }

    /** A file of {@code spec/api}, e.g. {@code endpoints.tsv}. */
    public static Path api(String fileName) {
        return root().resolve("api").resolve(fileName);
    }

    /** A file of {@code spec/api/examples}, e.g. {@code L00829.json} or {@code examples.tsv}. */
    public static Path example(String fileName) {
        return root().resolve("api").resolve("examples").resolve(fileName);
    }

    /** A file of {@code spec/seed}. */
    public static Path seed(String fileName) {
        return root().resolve("seed").resolve(fileName);
    }
}
