package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.accountsdesk.app.core.nav.Place;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

/**
 * An application typed into the wizard survives {@code kill -9}: the app runs in a process of its own
 * ({@link TypingUntilKilled}), is killed with SIGKILL once the typing is on disk, and the next start lists the
 * application on the onboarding desk and puts every typed value back when it is resumed.
 */
class DraftSurvivesKillAppTest extends AppTestBase {

    @Test
    void anApplicationTypedBeforeAKillComesBackAtTheNextStart() throws Exception {
        assumeFalse(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win"),
                "SIGKILL is a POSIX signal");
        Path sandboxDir = dir.resolve("sandbox");
        Path configDir = dir.resolve("config");
        Path log = dir.resolve("typing.log");
        String name = "Killed Midway " + System.nanoTime() % 100_000 + " AS";

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        // The same headless toolkit as this JVM's tests.
        for (String property : List.of("glass.platform", "prism.order", "testfx.robot", "testfx.headless",
                "java.awt.headless")) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.addAll(List.of(TypingUntilKilled.class.getName(), sandboxDir.toString(), configDir.toString(),
                name));
        Process typing = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String draftId = null;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (draftId == null && System.nanoTime() < deadline && typing.isAlive()) {
                Thread.sleep(200);
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    if (line.startsWith(TypingUntilKilled.TYPED)) {
                        draftId = line.substring(TypingUntilKilled.TYPED.length()).strip();
                    }
                }
            }
            assertThat(draftId).as("the app typed into the wizard; its output:%n%s",
                    Files.readString(log, StandardCharsets.UTF_8)).isNotNull();
        } finally {
            typing.destroyForcibly(); // SIGKILL on POSIX: no shutdown hook, no flush, no goodbye
            typing.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(typing.exitValue()).as("killed by signal 9").isEqualTo(128 + 9);

        // A sandbox of its own for the second start (the killed one may have left its database locked); the
        // partner is the same, and so are the drafts' keys.
        app = AppUnderTest.launch(List.of(
                "--sandbox-data-dir", dir.resolve("sandbox-after").toString(),
                "--sandbox-accounts", "5",
                "--config-dir", configDir.toString(),
                "--lang", "en",
                "--theme", "light",
                "--open", "onboarding"), null);
        String id = draftId;
        waitFor("the onboarding desk lists the application", () -> showing("#onboarding-drafts")
                && robot.lookup("#onboarding-drafts").queryTableView().getItems().stream()
                .anyMatch(row -> row.toString().contains(name)));

        robot.interact(() -> app.workspace().navigator().goTo(Place.of("new-account", "draft", id)));
        waitFor("the wizard shows what was typed", () -> showing("#new-company-business-name")
                && name.equals(robot.lookup("#new-company-business-name").queryAs(TextField.class).getText()));
        assertThat(robot.lookup("#new-company-address-postal-place").queryAs(TextField.class).getText())
                .isEqualTo("Tromsø");
    }
}
