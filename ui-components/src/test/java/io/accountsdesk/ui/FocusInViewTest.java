package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A long form in a scroll pane, tabbed through from the top and jumped about in: the focused field always shows.
 * Seen failing without {@link FocusInView#follow}: the pane stayed at the top while the focus went below the fold.
 */
@ExtendWith(ApplicationExtension.class)
class FocusInViewTest {

    private final List<TextField> fields = new ArrayList<>();
    private ScrollPane scroll;

    @Start
    void start(Stage stage) {
        VBox form = new VBox(8);
        for (int i = 0; i < 30; i++) {
            TextField field = new TextField();
            field.setId("field-" + i);
            fields.add(field);
            form.getChildren().add(field);
        }
        scroll = FocusInView.follow(new ScrollPane(form));
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(new VBox(scroll), 300, 200));
        stage.show();
    }

    @Test
    void tabbingDownTheFormKeepsEachFieldInSight(FxRobot robot) {
        robot.clickOn(fields.get(0));
        for (int i = 1; i < fields.size(); i++) {
            robot.type(KeyCode.TAB);
            TextField field = fields.get(i);
            assertThat(field.isFocused()).isTrue();
            assertThat(shows(field)).as("field %d after Tab", i).isTrue();
        }
        assertThat(scroll.getVvalue()).as("at the bottom").isEqualTo(scroll.getVmax());
    }

    @Test
    void jumpingBackUpScrollsBackAndAFieldInSightDoesNotMoveThePane(FxRobot robot) {
        robot.interact(() -> fields.get(29).requestFocus());
        assertThat(shows(fields.get(29))).isTrue();
        robot.interact(() -> fields.get(2).requestFocus());
        assertThat(shows(fields.get(2))).isTrue();
        double at = scroll.getVvalue();
        robot.interact(() -> fields.get(3).requestFocus());
        assertThat(scroll.getVvalue()).as("the next field showed already").isEqualTo(at);
    }

    private boolean shows(Node node) {
        Bounds field = node.localToScene(node.getLayoutBounds());
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        return field.getMinY() >= viewport.getMinY() && field.getMaxY() <= viewport.getMaxY();
    }
}
