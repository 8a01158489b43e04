package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class StatePaneTest {

    private StatePane pane;
    private Label content;

    @Start
    void start(Stage stage) {
        content = new Label("the rows");
        pane = new StatePane(content);
        pane.errorTextProperty().set("The server could not be reached.");
        stage.setScene(new Scene(pane, 400, 300));
        stage.show();
    }

    @Test
    void eachStateShowsOnlyItsOwnPanel(FxRobot robot) {
        assertThat(content.isVisible()).isTrue();
        assertThat(visible(robot, ".state-loading")).isFalse();

        robot.interact(() -> pane.setState(ContentState.LOADING));
        assertThat(content.isVisible()).isFalse();
        assertThat(visible(robot, ".state-loading")).isTrue();

        robot.interact(() -> pane.setState(ContentState.EMPTY));
        assertThat(visible(robot, ".state-loading")).isFalse();
        assertThat(visible(robot, ".state-empty")).isTrue();

        robot.interact(() -> pane.setState(ContentState.ERROR));
        assertThat(visible(robot, ".state-empty")).isFalse();
        assertThat(visible(robot, ".state-error")).isTrue();
        assertThat(robot.lookup(".state-error .state-text").queryAs(Label.class).getText())
                .isEqualTo("The server could not be reached.");
    }

    @Test
    void retryIsOfferedOnlyWhenSomethingCanRetry(FxRobot robot) {
        AtomicInteger retries = new AtomicInteger();
        robot.interact(() -> pane.setState(ContentState.ERROR));
        Button retry = robot.lookup(".state-retry").queryButton();
        assertThat(retry.isVisible()).isFalse();

        robot.interact(() -> pane.setOnRetry(retries::incrementAndGet));
        assertThat(retry.isVisible()).isTrue();
        robot.clickOn(retry);
        assertThat(retries.get()).isEqualTo(1);
    }

    private static boolean visible(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.isVisible();
    }
}
