package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MasterDetailPaneTest {

    private static final double WIDTH = 1000;

    private MasterDetailPane pane;
    private Label master;
    private Label detail;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        master = new Label("accounts");
        master.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        detail = new Label("one account");
        detail.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        pane = new MasterDetailPane(master, detail);
        Scene scene = new Scene(pane, WIDTH, 400);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private SplitPane split(FxRobot robot) {
        return robot.lookup(".master-detail-pane > .split-pane").queryAs(SplitPane.class);
    }

    @Test
    void theDetailStartsShownAtTheDefaultDivider(FxRobot robot) {
        assertThat(pane.getStyleClass()).contains("master-detail-pane");
        assertThat(pane.getDividerPosition()).isEqualTo(0.6);
        assertThat(split(robot).getDividerPositions()[0]).isCloseTo(0.6, within(0.01));
        assertThat(detail.isVisible() && detail.getScene() != null).isTrue();
        assertThat(master.getWidth()).isCloseTo(WIDTH * 0.6, within(12.0));
    }

    @Test
    void hidingTheDetailGivesTheMasterTheWidthAndShowingRestoresTheDivider(FxRobot robot) {
        robot.interact(() -> split(robot).setDividerPosition(0, 0.7));
        assertThat(pane.getDividerPosition()).as("a dragged divider is remembered").isCloseTo(0.7, within(0.001));

        robot.interact(() -> pane.setDetailShown(false));
        assertThat(detail.getScene()).as("the detail leaves the scene").isNull();
        assertThat(split(robot).getDividers()).isEmpty();
        assertThat(master.getWidth()).isCloseTo(WIDTH, within(4.0));

        robot.interact(pane::toggleDetail);
        assertThat(pane.isDetailShown()).isTrue();
        assertThat(detail.getScene()).isNotNull();
        assertThat(split(robot).getDividerPositions()[0]).isCloseTo(0.7, within(0.01));
        assertThat(detail.getWidth()).isCloseTo(WIDTH * 0.3, within(12.0));
        assertThat(pane.getDividerPosition()).isCloseTo(0.7, within(0.01));
    }

    @Test
    void theDetailKeepsItsMinimumWidth(FxRobot robot) {
        robot.interact(() -> {
            pane.setDetailMinWidth(400);
            pane.setDividerPosition(0.9);
        });
        robot.interact(pane::layout);
        assertThat(detail.getWidth()).isGreaterThanOrEqualTo(399);
    }
}
