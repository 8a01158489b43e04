package io.accountsdesk.client.contract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code ../shared} (the project's reference material) from wherever the tests run. */
public final class SharedDir {

    private SharedDir() {
    }

    public static Path resolve() {
        String property = System.getProperty("shared.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (candidate != null && Files.isDirectory(candidate.resolve("api").resolve("examples"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Cannot find shared/api above " + Path.of("").toAbsolutePath()
                + "; pass -Dshared.dir=/path/to/shared");
    }

    public static Path api(String fileName) {
        return resolve().resolve("api").resolve(fileName);
    }

    public static Path example(String fileName) {
        return resolve().resolve("api").resolve("examples").resolve(fileName);
    }
}
