package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MultiSelectFilterTest {

    private MultiSelectFilter<String> filter;

    @Start
    void start(Stage stage) {
        filter = new MultiSelectFilter<>("Connection", List.of("vipps", "swish", "klarna", "bambora"));
        stage.setScene(new Scene(new VBox(filter), 400, 400));
        stage.show();
    }

    @Test
    void tickingItemsSelectsThemAndNamesThemOnTheButton(FxRobot robot) {
        assertThat(filter.getText()).isEqualTo("Connection");

        robot.clickOn(filter);
        robot.clickOn("swish");
        assertThat(filter.getSelected()).containsExactly("swish");
        assertThat(filter.isShowing()).as("menu stays open for more ticks").isTrue();
        robot.clickOn("vipps");
        robot.clickOn("klarna");

        assertThat(filter.getSelected()).containsExactly("swish", "vipps", "klarna");
        assertThat(filter.getText()).isEqualTo("Connection: swish, vipps +1");
        assertThat(filter.getStyleClass()).contains("filter-active");

        robot.clickOn("vipps");
        assertThat(filter.getSelected()).containsExactly("swish", "klarna");
    }

    @Test
    void clearRemovesTheWholeFilter(FxRobot robot) {
        robot.interact(() -> filter.getSelected().setAll("vipps", "bambora"));
        assertThat(checkOf("bambora").isSelected()).isTrue();

        robot.clickOn(filter);
        robot.clickOn("Clear");
        assertThat(filter.getSelected()).isEmpty();
        assertThat(filter.getText()).isEqualTo("Connection");
        assertThat(filter.getStyleClass()).doesNotContain("filter-active");
        assertThat(checkOf("bambora").isSelected()).isFalse();
    }

    @Test
    void worksFromTheKeyboard(FxRobot robot) {
        robot.interact(filter::requestFocus);
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        assertThat(filter.getSelected()).hasSize(1);
        robot.type(KeyCode.ESCAPE);
    }

    private CheckBox checkOf(String option) {
        return filter.getItems().stream()
                .filter(item -> option.equals(item.getUserData()))
                .map(item -> (CheckBox) ((javafx.scene.layout.HBox) ((CustomMenuItem) item).getContent()).getChildren().get(0))
                .findFirst().orElseThrow();
    }
}
