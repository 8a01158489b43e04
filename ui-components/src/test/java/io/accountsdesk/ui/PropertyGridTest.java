package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PropertyGridTest {

    private PropertyGrid grid;

    @Start
    void start(Stage stage) {
        grid = new PropertyGrid();
        stage.setScene(new Scene(grid, 400, 200));
        stage.show();
    }

    @Test
    void rowsAlignNamesAndValuesAndMarkMissingValues(FxRobot robot) {
        robot.interact(() -> {
            grid.addValue("Organisation number", "923609016");
            grid.addValue("Website", null);
        });
        assertThat(grid.rowCount()).isEqualTo(2);
        Label present = robot.lookup(".property-value").queryAs(Label.class);
        Label missing = robot.lookup(".property-missing").queryAs(Label.class);
        assertThat(present.getText()).isEqualTo("923609016");
        assertThat(present.getContextMenu()).isNotNull();
        assertThat(missing.getText()).isEqualTo(PropertyGrid.MISSING);
        assertThat(missing.getContextMenu()).isNull();

        Label firstName = robot.lookup("Organisation number").queryAs(Label.class);
        Label secondName = robot.lookup("Website").queryAs(Label.class);
        assertThat(firstName.getLayoutX()).isEqualTo(secondName.getLayoutX());
        assertThat(present.getLayoutX()).isEqualTo(missing.getLayoutX());

        robot.interact(() -> grid.setNameWidth(200));
        robot.interact(grid::layout);
        assertThat(present.getLayoutX()).as("values start after the fixed name column").isGreaterThanOrEqualTo(200);

        robot.interact(grid::clearRows);
        assertThat(grid.rowCount()).isZero();
        assertThat(grid.getChildren()).isEmpty();
    }
}
