package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A cell edited by keyboard tells its typing as it goes, before the text is kept, and tells Escape: what a draft on
 * disk needs to hold a value typed into a cell when the app is killed before Enter.
 */
@ExtendWith(ApplicationExtension.class)
class EditableTextCellTest {

    private final List<String> typed = new ArrayList<>();
    private final List<String> kept = new ArrayList<>();
    private TableView<String> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        table.getItems().setAll("first", "second");
        TableColumn<String, String> column = new TableColumn<>("Value");
        column.setId("value");
        column.setCellValueFactory(data -> new SimpleStringProperty(data.getValue()));
        column.setCellFactory(EditableTextCell.forColumn((row, text, move) -> kept.add(row + ":" + text),
                row -> null, (row, text) -> typed.add(row + ":" + text)));
        table.getColumns().add(column);
        table.getSelectionModel().setCellSelectionEnabled(true);
        EditableTextCell.editByKeyboard(table);
        stage.setScene(new Scene(table, 300, 200));
        stage.show();
    }

    private void focusSecondRow(FxRobot robot) {
        robot.interact(() -> {
            table.requestFocus();
            table.getFocusModel().focus(1, table.getColumns().get(0));
        });
    }

    @Test
    void typingIsToldAsItGoesAndOnlyEnterKeepsIt(FxRobot robot) {
        focusSecondRow(robot);
        robot.write("ab");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(typed).containsExactly("1:a", "1:ab");
        assertThat(kept).as("not kept while typing").isEmpty();

        robot.type(KeyCode.ENTER);
        assertThat(kept).containsExactly("1:ab");
        assertThat(typed).as("keeping is not typing").containsExactly("1:a", "1:ab");
    }

    @Test
    void escapeIsToldAsTypingDropped(FxRobot robot) {
        focusSecondRow(robot);
        robot.write("x");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(typed).containsExactly("1:x", "1:null");
        assertThat(kept).isEmpty();
    }
}
