package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules from DEVELOPERS.md that a compiler cannot check. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/io/accountsdesk/app");

    @Test
    void viewModelsAndServicesNeverTouchTheSceneGraph() throws IOException {
        List<Path> pureFiles;
        try (Stream<Path> files = Files.walk(MAIN)) {
            pureFiles = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.getFileName().toString().endsWith("ViewModel.java")
                            || MAIN.relativize(p).startsWith("core")
                            || MAIN.relativize(p).startsWith("session")
                            || MAIN.relativize(p).startsWith("settings")
                            || p.getFileName().toString().equals("AccountDetails.java")
                            || p.getFileName().toString().equals("AccountRow.java")
                            || p.getFileName().toString().equals("StartupProbe.java"))
                    .toList();
        }
        assertThat(pureFiles).hasSizeGreaterThan(10);
        for (Path file : pureFiles) {
            assertThat(Files.readString(file)).as(file.toString())
                    .doesNotContain("import javafx.scene")
                    .doesNotContain("import javafx.stage")
                    .doesNotContain("import javafx.application.Platform");
        }
    }

    @Test
    void viewModelsTakeTheirServicesThroughTheConstructor() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith("ViewModel.java")).toList()) {
                String source = Files.readString(file);
                assertThat(source).as(file.toString())
                        .doesNotContain("getInstance()")
                        .doesNotContain("ServiceLocator");
            }
        }
    }
}
