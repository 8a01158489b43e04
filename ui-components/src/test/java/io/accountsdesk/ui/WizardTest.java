package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WizardTest {

    private Wizard wizard;
    private TextField name;
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger cancelled = new AtomicInteger();

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        name = new TextField();
        name.setId("name");
        TextField email = new TextField("kari@example.com");
        wizard = new Wizard(List.of(
                new WizardStep("Company", new VBox(name), name.textProperty().isNotEmpty()),
                new WizardStep("Contact", new VBox(email), Bindings.createBooleanBinding(() -> email.getText().contains("@"), email.textProperty())),
                new WizardStep("Summary", new Label("All good"))));
        wizard.setOnFinish(finished::incrementAndGet);
        wizard.setOnCancel(cancelled::incrementAndGet);
        Scene scene = new Scene(wizard, 700, 400);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private List<Node> indicators(FxRobot robot) {
        return List.copyOf(robot.lookup(".wizard-step-indicator").queryAll());
    }

    private boolean goTo(int index) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> wizard.goTo(index));
    }

    private static boolean has(Node node, String pseudoClass) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    @Test
    void nextIsRefusedWhileTheStepIsInvalid(FxRobot robot) {
        assertThat(wizard.getStyleClass()).contains("wizard");
        assertThat(wizard.getCurrentIndex()).isZero();
        assertThat(wizard.getNextButton().isDisabled()).isTrue();
        robot.interact(wizard::next);
        assertThat(wizard.getCurrentIndex()).isZero();
        robot.clickOn(name).type(KeyCode.ENTER);
        assertThat(wizard.getCurrentIndex()).as("Enter on an invalid step stays").isZero();

        robot.write("Fjord Fisk AS");
        assertThat(wizard.getNextButton().isDisabled()).isFalse();
        robot.type(KeyCode.ENTER);
        assertThat(wizard.getCurrentIndex()).as("Enter goes on once valid").isEqualTo(1);
    }

    @Test
    void theHeaderTicksDoneStepsAndTakesTheUserBack(FxRobot robot) {
        robot.interact(() -> name.setText("Fjord Fisk AS"));
        robot.clickOn(wizard.getNextButton());
        List<Node> steps = indicators(robot);
        assertThat(steps).hasSize(3);
        assertThat(has(steps.get(0), "done")).isTrue();
        assertThat(has(steps.get(1), "current")).isTrue();
        assertThat(has(steps.get(2), "reachable")).as("an unseen step").isFalse();
        assertThat(goTo(2)).isFalse();

        robot.clickOn(steps.get(0));
        assertThat(wizard.getCurrentIndex()).isZero();
        assertThat(goTo(1)).as("a seen step behind valid ones").isTrue();
        robot.interact(wizard::back);
        robot.interact(() -> name.setText(""));
        assertThat(goTo(1)).as("not past an invalid step").isFalse();
        assertThat(has(indicators(robot).get(1), "reachable")).isFalse();
    }

    @Test
    void theLastStepFinishesOnce(FxRobot robot) {
        robot.interact(() -> name.setText("Fjord Fisk AS"));
        robot.clickOn(wizard.getNextButton());
        assertThat(wizard.getNextButton().getText()).isEqualTo("Next");
        robot.clickOn(wizard.getNextButton());
        assertThat(wizard.getCurrentIndex()).isEqualTo(2);
        assertThat(wizard.getNextButton().getText()).isEqualTo("Finish");
        assertThat(finished.get()).isZero();

        robot.clickOn(wizard.getNextButton());
        assertThat(finished.get()).isEqualTo(1);
        assertThat(wizard.getCurrentIndex()).isEqualTo(2);
    }

    @Test
    void escapeCancelsAndTextsCanBeTranslated(FxRobot robot) {
        robot.interact(() -> {
            wizard.nextTextProperty().set("Neste");
            wizard.backTextProperty().set("Tilbake");
            wizard.cancelTextProperty().set("Avbryt");
        });
        assertThat(wizard.getNextButton().getText()).isEqualTo("Neste");
        assertThat(wizard.getBackButton().getText()).isEqualTo("Tilbake");
        assertThat(wizard.getBackButton().isDisabled()).as("nothing to go back to").isTrue();
        robot.clickOn(name).type(KeyCode.ESCAPE);
        assertThat(cancelled.get()).isEqualTo(1);
        robot.clickOn(wizard.getCancelButton());
        assertThat(cancelled.get()).isEqualTo(2);
        assertThat(finished.get()).isZero();
    }

    @Test
    void aScrollingPageTakesTheFocusAndANarrowWindowKeepsNextInside(FxRobot robot) {
        TextField scrolled = new TextField();
        robot.interact(() -> {
            List<WizardStep> many = new java.util.ArrayList<>(wizard.getSteps());
            many.set(1, new WizardStep("Contact details of the person applying",
                    new javafx.scene.control.ScrollPane(new VBox(scrolled)), Bindings.createBooleanBinding(() -> true)));
            for (String title : List.of("Services and payment options", "Account manager and sale channel",
                    "Price package or a custom one", "Invitations to the account", "Anything else")) {
                many.add(many.size() - 1, new WizardStep(title, new VBox(new TextField())));
            }
            wizard.getSteps().setAll(many);
            // As in a narrow window: a holder that gives the wizard 520 pixels, unless its minimum is wider (the
            // stage itself is shared with other test classes, so it keeps its size).
            javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane();
            wizard.getScene().setRoot(holder);
            holder.getChildren().add(wizard);
            javafx.scene.layout.StackPane.setAlignment(wizard, javafx.geometry.Pos.TOP_LEFT);
            wizard.setMaxWidth(520);
        });
        robot.clickOn(name).write("Fjord Fisk AS").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.getCurrentIndex()).isEqualTo(1);
        assertThat(scrolled.isFocused()).as("the field inside the scroll pane has the caret").isTrue();

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.getWidth()).as("eight steps fit in 520 pixels").isLessThanOrEqualTo(520);
        javafx.geometry.Bounds next = wizard.getNextButton().localToScene(wizard.getNextButton().getBoundsInLocal());
        javafx.geometry.Bounds whole = wizard.localToScene(wizard.getLayoutBounds());
        assertThat(next.getMaxX()).as("Next stays inside it").isLessThanOrEqualTo(whole.getMaxX());
    }

    @Test
    void enterOnACheckBoxGoesOnAndLeavesTheBoxAsItWas(FxRobot robot) {
        javafx.scene.control.CheckBox same = new javafx.scene.control.CheckBox("Same as the company");
        same.setSelected(true);
        robot.interact(() -> wizard.getSteps().setAll(List.of(
                new WizardStep("Billing", new VBox(same)),
                new WizardStep("Summary", new Label("All good")))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(same.isFocused()).as("the page's first input has the caret").isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(wizard.getCurrentIndex()).isEqualTo(1);
        assertThat(same.isSelected()).as("Enter is not a click on the box").isTrue();
    }

    @Test
    void aPageWithNothingToTypeGivesTheCaretToNextNotToItsButtons(FxRobot robot) {
        javafx.beans.property.BooleanProperty checked = new javafx.beans.property.SimpleBooleanProperty(false);
        javafx.scene.control.Button other = new javafx.scene.control.Button("Send it another way");
        robot.interact(() -> wizard.getSteps().setAll(List.of(
                new WizardStep("Company", new VBox(name), name.textProperty().isNotEmpty()),
                new WizardStep("Review", new VBox(new Label("All good"), other), checked))));
        robot.clickOn(name).write("Fjord Fisk AS").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.getCurrentIndex()).isEqualTo(1);
        assertThat(other.isFocused()).as("a button on the page is not its input").isFalse();

        robot.interact(() -> checked.set(true)); // the page's check answers
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.getNextButton().isFocused()).as("Finish takes the caret once it may be pressed").isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(finished.get()).isEqualTo(1);
    }
}
