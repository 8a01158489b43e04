package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class BannerTest {

    private Banner banner;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        banner = new Banner();
        banner.getLabel().setText("PRODUCTION");
        banner.setIcon(Feather.ALERT_OCTAGON);
        Scene scene = new Scene(banner, 400, 40);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void toneSwapsTheStyleClassAndTheDangerToneIsRed(FxRobot robot) {
        assertThat(banner.getStyleClass()).contains("banner", "tone-neutral");
        robot.interact(() -> {
            banner.setTone(Tone.DANGER);
            banner.applyCss();
        });
        assertThat(banner.getStyleClass()).contains("tone-danger").doesNotContain("tone-neutral");
        Color fill = (Color) banner.getBackground().getFills().get(0).getFill();
        assertThat(fill.getRed()).as("production banner is red").isGreaterThan(fill.getGreen() + 0.2);
    }
}
