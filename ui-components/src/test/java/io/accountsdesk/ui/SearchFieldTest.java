package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SearchFieldTest {

    private SearchField field;

    @Start
    void start(Stage stage) {
        field = new SearchField();
        stage.setScene(new Scene(new VBox(field), 300, 80));
        stage.show();
    }

    @Test
    void escapeAndTheClearButtonEmptyTheField(FxRobot robot) {
        Node clear = robot.lookup(".search-clear").query();
        assertThat(clear.isVisible()).isFalse();

        robot.clickOn(field).write("fjord");
        assertThat(field.getText()).isEqualTo("fjord");
        assertThat(clear.isVisible()).isTrue();

        robot.type(KeyCode.ESCAPE);
        assertThat(field.getText()).isEmpty();

        robot.write("nord");
        robot.clickOn(clear);
        assertThat(field.getText()).isEmpty();
        assertThat(field.isFocused()).isTrue();
    }
}
