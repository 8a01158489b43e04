package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** ControlsFX looks up Modena's colour names; under AtlantaFX only our stylesheet provides them. */
@ExtendWith(ApplicationExtension.class)
class ControlsFxCompatTest {

    private ToggleSwitch styled;
    private ToggleSwitch bare;
    private Scene styledScene;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        styled = new ToggleSwitch("Styled");
        bare = new ToggleSwitch("Bare");
        styledScene = new Scene(new VBox(styled), 300, 100);
        Theme.style(styledScene);
        stage.setScene(styledScene);
        stage.show();
        Stage other = new Stage();
        other.setScene(new Scene(new VBox(bare), 300, 100));
        other.show();
    }

    private static Region thumbArea(ToggleSwitch toggle) {
        return (Region) toggle.lookup(".thumb-area");
    }

    @Test
    void theToggleSwitchTrackIsPaintedOnlyWithTheCompatibilityColours(FxRobot robot) {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                theme.apply();
                styled.applyCss();
                bare.applyCss();
            });
            assertThat(thumbArea(bare).getBackground()).as("without the mapping (%s)", theme).isNull();
            assertThat(thumbArea(styled).getBackground()).as("with the mapping (%s)", theme).isNotNull();
            assertThat(thumbArea(styled).getBackground().getFills()).isNotEmpty();
        }
        robot.interact(Theme.LIGHT::apply);
    }
}
