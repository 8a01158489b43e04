package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class StatusBadgeTest {

    private StatusBadge badge;

    @Start
    void start(Stage stage) {
        badge = new StatusBadge("pending");
        Scene scene = new Scene(new HBox(badge), 200, 60);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void connectionStatusesAndProgressionsGetTheirTones() {
        assertThat(StatusBadge.toneOf("enabled")).isEqualTo(Tone.SUCCESS);
        assertThat(StatusBadge.toneOf("pending")).isEqualTo(Tone.WARNING);
        assertThat(StatusBadge.toneOf("failed")).isEqualTo(Tone.DANGER);
        assertThat(StatusBadge.toneOf("DECLINED")).isEqualTo(Tone.DANGER);
        assertThat(StatusBadge.toneOf("live")).isEqualTo(Tone.SUCCESS);
        assertThat(StatusBadge.toneOf("applied")).isEqualTo(Tone.WARNING);
        assertThat(StatusBadge.toneOf("frozen")).isEqualTo(Tone.ACCENT);
        assertThat(StatusBadge.toneOf("deactivated")).isEqualTo(Tone.DANGER);
        assertThat(StatusBadge.toneOf("something_new")).isEqualTo(Tone.NEUTRAL);
        assertThat(StatusBadge.toneOf(null)).isEqualTo(Tone.NEUTRAL);
    }

    @Test
    void showsTheStatusAndSwapsItsToneClass(FxRobot robot) {
        assertThat(badge.getText()).isEqualTo("Pending");
        assertThat(badge.getStyleClass()).contains("status-badge", "tone-warning").doesNotContain("tone-success");

        robot.interact(() -> badge.setStatus("enabled"));
        assertThat(badge.getText()).isEqualTo("Enabled");
        assertThat(badge.getStyleClass()).contains("tone-success").doesNotContain("tone-warning", "tone-neutral");
    }

    @Test
    void unknownStatusesStayVisibleInNeutral(FxRobot robot) {
        robot.interact(() -> badge.setStatus("waiting_for_bank"));
        assertThat(badge.getText()).isEqualTo("Waiting for bank");
        assertThat(badge.getStyleClass()).contains("tone-neutral");
    }

    @Test
    void aLabelerTranslatesTheWord(FxRobot robot) {
        robot.interact(() -> badge.setLabeler(status -> status.equals("pending") ? "Venter" : status));
        robot.interact(() -> badge.setStatus("pending"));
        assertThat(badge.getText()).isEqualTo("Venter");
    }

    @Test
    void theBadgeColoursDifferFromTheBackgroundInBothThemes(FxRobot robot) {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                theme.apply();
                badge.setStatus("enabled");
                badge.applyCss();
            });
            javafx.scene.paint.Paint text = badge.getTextFill();
            javafx.scene.paint.Paint fill = badge.getBackground().getFills().get(0).getFill();
            assertThat(text).as("text fill in %s", theme).isNotEqualTo(fill);
            assertThat(fill).as("badge background in %s", theme).isNotEqualTo(javafx.scene.paint.Color.TRANSPARENT);
        }
        robot.interact(Theme.LIGHT::apply);
    }
}
