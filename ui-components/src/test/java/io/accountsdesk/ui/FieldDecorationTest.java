package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FieldDecorationTest {

    private final StringProperty orgError = new SimpleStringProperty("");
    private final StringProperty seatsError = new SimpleStringProperty("Too many seats");
    private final Tooltip ownTooltip = new Tooltip("Nine digits");
    private FormGrid form;
    private TextField orgNumber;
    private TextField plain;
    private Spinner<Integer> seats;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        orgNumber = new TextField("92360901");
        orgNumber.setTooltip(ownTooltip);
        plain = new TextField("Fjord Fisk AS");
        seats = new Spinner<>(0, 10, 3);
        form = new FormGrid();
        form.addSection("Company");
        form.addRow("Name", plain);
        form.addRow("Organisation number", orgNumber, orgError);
        form.addRow("Seats", seats, seatsError);
        Scene scene = new Scene(form, 600, 300);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static boolean decorated(javafx.scene.control.Control control) {
        var decorations = Decorator.getDecorations(control);
        return decorations != null && decorations.stream().anyMatch(d -> d instanceof GraphicDecoration);
    }

    private Label errorLabelOf(FxRobot robot, String text) {
        return robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .filter(label -> text.equals(label.getText())).findFirst().orElseThrow();
    }

    @Test
    void aMessageDecoratesTheFieldAndClearingItRemovesEverything(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(decorated(orgNumber)).isFalse();
        assertThat(orgNumber.getStyleClass()).doesNotContain(FieldDecoration.INVALID);

        robot.interact(() -> orgError.set("Must be nine digits"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(decorated(orgNumber)).isTrue();
        assertThat(FieldDecoration.isInvalid(orgNumber)).isTrue();
        assertThat(orgNumber.getTooltip().getText()).isEqualTo("Must be nine digits");
        Label message = errorLabelOf(robot, "Must be nine digits");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getLayoutY()).as("the message sits under its input")
                .isGreaterThan(orgNumber.getLayoutY() + orgNumber.getHeight() - 1);

        robot.interact(() -> orgError.set(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(decorated(orgNumber)).isFalse();
        assertThat(orgNumber.getStyleClass()).doesNotContain(FieldDecoration.INVALID);
        assertThat(orgNumber.getTooltip()).as("the field's own tooltip comes back").isSameAs(ownTooltip);
        assertThat(message.isVisible()).isFalse();
        assertThat(message.isManaged()).isFalse();
    }

    @Test
    void aMessageSetBeforeAnyEditShowsAtOnceEvenOnControlsControlsFxCannotRead(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(decorated(seats)).isTrue();
        assertThat(seats.getStyleClass()).contains(FieldDecoration.INVALID);
        robot.interact(() -> seatsError.set(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(decorated(seats)).isFalse();
    }

    @Test
    void labelsLineUpInOneColumn(FxRobot robot) {
        Label name = robot.lookup(".form-label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Name")).findFirst().orElseThrow();
        Label org = robot.lookup(".form-label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith("Organisation")).findFirst().orElseThrow();
        assertThat(name.getLayoutX()).isEqualTo(org.getLayoutX());
        assertThat(plain.localToScene(0, 0).getX()).isEqualTo(orgNumber.localToScene(0, 0).getX());
        assertThat(org.getLabelFor()).isSameAs(orgNumber);
        assertThat(form.rowCount()).isEqualTo(4);
    }

    @Test
    void theInvalidBorderIsRedInBothThemes(FxRobot robot) {
        robot.interact(() -> orgError.set("Must be nine digits"));
        WaitForAsyncUtils.waitForFxEvents();
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                theme.apply();
                form.applyCss();
            });
            Paint invalid = orgNumber.getBackground().getFills().get(0).getFill();
            Paint valid = plain.getBackground().getFills().get(0).getFill();
            assertThat(invalid).as("border in %s", theme).isNotEqualTo(valid);
            Color red = (Color) invalid;
            assertThat(red.getRed()).as("border in %s is red", theme).isGreaterThan(red.getGreen() + 0.3);
            // The decoration made ControlsFX's pane the scene's root; it must still paint the theme's background.
            javafx.scene.layout.Region root = (javafx.scene.layout.Region) orgNumber.getScene().getRoot();
            assertThat(root).isNotSameAs(form);
            Color backdrop = (Color) root.getBackground().getFills().get(0).getFill();
            assertThat(backdrop.getBrightness()).as("backdrop in %s", theme)
                    .isCloseTo(theme == Theme.DARK ? 0.05 : 1.0, org.assertj.core.api.Assertions.within(0.1));
        }
        robot.interact(Theme.LIGHT::apply);
    }

    @Test
    void theDecorationIsDrawnOverTheFieldsCorner(FxRobot robot) {
        robot.interact(() -> orgError.set("Must be nine digits"));
        WaitForAsyncUtils.waitForFxEvents();
        ImageView icon = robot.lookup((javafx.scene.Node n) -> n instanceof ImageView).queryAs(ImageView.class);
        assertThat(icon.getScene()).isSameAs(orgNumber.getScene());
        javafx.geometry.Bounds field = orgNumber.localToScene(orgNumber.getBoundsInLocal());
        javafx.geometry.Bounds mark = icon.localToScene(icon.getBoundsInLocal());
        assertThat(mark.intersects(field)).as("the error mark touches its field").isTrue();
        assertThat(mark.getMinX()).isLessThan(field.getMinX() + 8);
    }
}
