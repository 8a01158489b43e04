package io.accountsdesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A task split into pages the user goes through in order, such as onboarding a partner account: a header of
 * numbered steps, the current page, and Back / Next buttons. Next stays disabled while the page is invalid; the last
 * page (the caller's summary) offers Finish instead. Finished steps are ticked and can be clicked to go back; later
 * steps already seen can be reached again while every step before them is valid. Enter goes on, Escape cancels.
 */
public class Wizard extends BorderPane {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass REACHABLE = PseudoClass.getPseudoClass("reachable");

    private final ObservableList<WizardStep> steps = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper currentIndex = new ReadOnlyIntegerWrapper(this, "currentIndex", -1);
    private final ObjectProperty<Runnable> onFinish = new SimpleObjectProperty<>(this, "onFinish");
    private final ObjectProperty<Runnable> onCancel = new SimpleObjectProperty<>(this, "onCancel");
    private final StringProperty backText = new SimpleStringProperty(this, "backText", "Back");
    private final StringProperty nextText = new SimpleStringProperty(this, "nextText", "Next");
    private final StringProperty finishText = new SimpleStringProperty(this, "finishText", "Finish");
    private final StringProperty cancelText = new SimpleStringProperty(this, "cancelText", "Cancel");
    /** Mirrors the current step's validity, rebound whenever the step changes. */
    private final BooleanProperty currentValid = new SimpleBooleanProperty(this, "currentValid");

    private final HBox header = new HBox();
    private final StackPane body = new StackPane();
    private final Button backButton = new Button();
    private final Button nextButton = new Button();
    private final Button cancelButton = new Button();
    private final List<Observable> watchedValidity = new ArrayList<>();
    private final InvalidationListener validityListener = valid -> refreshHeader();
    private int furthestVisited = -1;

    public Wizard() {
        getStyleClass().add("wizard");
        header.getStyleClass().add("wizard-header");
        header.setAlignment(Pos.CENTER_LEFT);
        body.getStyleClass().add("wizard-body");

        backButton.textProperty().bind(backText);
        backButton.getStyleClass().add("wizard-back");
        backButton.setOnAction(event -> back());
        backButton.disableProperty().bind(currentIndex.lessThanOrEqualTo(0));

        nextButton.getStyleClass().addAll("wizard-next", "accent");
        nextButton.setOnAction(event -> next());
        nextButton.disableProperty().bind(currentValid.not());
        nextButton.textProperty().bind(Bindings.when(currentIndex.isEqualTo(Bindings.size(steps).subtract(1)))
                .then(finishText).otherwise(nextText));

        cancelButton.textProperty().bind(cancelText);
        cancelButton.getStyleClass().add("wizard-cancel");
        cancelButton.setOnAction(event -> cancel());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, cancelButton, spacer, backButton, nextButton);
        footer.getStyleClass().add("wizard-footer");
        footer.setAlignment(Pos.CENTER_LEFT);

        setTop(header);
        setCenter(body);
        setBottom(footer);

        steps.addListener((Observable o) -> stepsChanged());
        currentIndex.addListener((obs, old, value) -> show());
        // A filter, not a handler: a focused check box or combo box would otherwise take Enter for itself (a check
        // box toggles on it), and the wizard would never go on from a page that starts with one.
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    public Wizard(List<WizardStep> steps) {
        this();
        this.steps.setAll(steps);
    }

    // ---------------------------------------------------------------- navigation

    /** Goes to the next step, or finishes on the last one; does nothing while the current step is invalid. */
    public void next() {
        int index = currentIndex.get();
        if (index < 0 || !currentValid.get()) {
            return;
        }
        if (index == steps.size() - 1) {
            Runnable action = onFinish.get();
            if (action != null) {
                action.run();
            }
        } else {
            currentIndex.set(index + 1);
        }
    }

    /** Goes to the previous step; what was entered stays. */
    public void back() {
        if (currentIndex.get() > 0) {
            currentIndex.set(currentIndex.get() - 1);
        }
    }

    /**
     * Goes to step {@code index} if the user may: any earlier step, or a later one already seen with every step
     * before it valid. Returns whether it went.
     */
    public boolean goTo(int index) {
        if (!canGoTo(index)) {
            return false;
        }
        currentIndex.set(index);
        return true;
    }

    private boolean canGoTo(int index) {
        if (index < 0 || index >= steps.size()) {
            return false;
        }
        if (index <= currentIndex.get()) {
            return true;
        }
        if (index > furthestVisited) {
            return false;
        }
        for (int i = 0; i < index; i++) {
            if (!steps.get(i).valid().get()) {
                return false;
            }
        }
        return true;
    }

    private void cancel() {
        Runnable action = onCancel.get();
        if (action != null) {
            action.run();
        }
    }

    private void onKey(KeyEvent event) {
        Object target = event.getTarget();
        boolean popupOpen = target instanceof javafx.scene.control.ComboBoxBase<?> box && box.isShowing();
        if (event.getCode() == KeyCode.ESCAPE && !popupOpen) {
            cancel();
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER && !popupOpen
                && !(target instanceof javafx.scene.control.TextArea)) {
            // A focused button means Enter is meant for it (Back, Cancel), not for going on; a text area takes
            // Enter as a new line, and an open list as the choice.
            if (target instanceof Button button) {
                button.fire();
            } else {
                next();
            }
            event.consume();
        }
    }

    // ---------------------------------------------------------------- display

    private void stepsChanged() {
        if (steps.isEmpty()) {
            furthestVisited = -1;
            currentIndex.set(-1);
        } else if (currentIndex.get() < 0 || currentIndex.get() >= steps.size()) {
            currentIndex.set(Math.max(0, Math.min(currentIndex.get(), steps.size() - 1)));
        }
        furthestVisited = Math.min(furthestVisited, steps.size() - 1);
        watchValidity();
        show();
    }

    /** The header's ticks and reachable steps depend on every step's validity, not only the current one's. */
    private void watchValidity() {
        for (Observable valid : watchedValidity) {
            valid.removeListener(validityListener);
        }
        watchedValidity.clear();
        for (WizardStep step : steps) {
            step.valid().addListener(validityListener);
            watchedValidity.add(step.valid());
        }
    }

    private void show() {
        int index = currentIndex.get();
        currentValid.unbind();
        if (index < 0 || index >= steps.size()) {
            currentValid.set(false);
            body.getChildren().clear();
            refreshHeader();
            return;
        }
        furthestVisited = Math.max(furthestVisited, index);
        WizardStep step = steps.get(index);
        currentValid.bind(step.valid());
        body.getChildren().setAll(step.content());
        refreshHeader();
        focusFirstInput(step.content());
    }

    private void refreshHeader() {
        List<Node> indicators = new ArrayList<>();
        int index = currentIndex.get();
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                Region connector = new Region();
                connector.getStyleClass().add("wizard-step-connector");
                HBox.setHgrow(connector, Priority.ALWAYS);
                indicators.add(connector);
            }
            indicators.add(indicator(i, index));
        }
        header.getChildren().setAll(indicators);
    }

    private Node indicator(int i, int index) {
        boolean done = i != index && i <= furthestVisited && steps.get(i).valid().get();
        Label number = new Label(done ? null : Integer.toString(i + 1));
        if (done) {
            number.setGraphic(new FontIcon(Feather.CHECK));
        }
        number.getStyleClass().add("wizard-step-number");
        Label title = new Label(steps.get(i).title());
        title.getStyleClass().add("wizard-step-title");
        // In a narrow window the titles give way (ellipsis, then only the numbers), so the header never pushes the
        // page, and its Next button, wider than the window; the numbers stay whole.
        title.setMinWidth(0);
        number.setMinWidth(Region.USE_PREF_SIZE);
        HBox indicator = new HBox(8, number, title);
        indicator.setAlignment(Pos.CENTER_LEFT);
        indicator.getStyleClass().add("wizard-step-indicator");
        indicator.pseudoClassStateChanged(CURRENT, i == index);
        indicator.pseudoClassStateChanged(DONE, done);
        boolean reachable = i != index && canGoTo(i);
        indicator.pseudoClassStateChanged(REACHABLE, reachable);
        if (reachable) {
            indicator.setOnMouseClicked(event -> goTo(i));
        }
        return indicator;
    }

    /**
     * Puts the caret in the current page's first field, for a caller that shows the wizard (a page made before the
     * wizard was in a window could not take the focus then).
     */
    public void focusFirstInput() {
        int index = currentIndex.get();
        if (index >= 0 && index < steps.size()) {
            focusFirstInput(steps.get(index).content());
        }
    }

    /** Puts the caret in the page's first field, so a keyboard user can type straight away. */
    private void focusFirstInput(Node content) {
        Control found = firstInput(content);
        // A page with nothing to type in (a summary) gives the caret to Next, so Enter still goes on (or finishes)
        // instead of landing on whatever outside the wizard had the focus before.
        Control first = found != null ? found : nextButton;
        if (first == nextButton && nextButton.isDisabled()) {
            // Next waits for the page (a check that answers later): it takes the caret once it may be pressed,
            // if the user is still on this page.
            // Meanwhile the page itself holds the focus, so it does not fall to a button on the page (Enter would
            // run it) or outside the wizard.
            body.requestFocus();
            int page = currentIndex.get();
            nextButton.disabledProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> observable, Boolean was,
                                    Boolean disabled) {
                    observable.removeListener(this);
                    if (!disabled && currentIndex.get() == page && nextButton.getScene() != null) {
                        nextButton.requestFocus();
                    }
                }
            });
            return;
        }
        if (first.getScene() != null) {
            first.requestFocus();
            return;
        }
        // Not in the window yet (a scroll pane adds its content when its skin is made, at the next pulse; or the
        // wizard itself is not shown yet): take the focus as soon as it is.
        first.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> observable,
                                javafx.scene.Scene old, javafx.scene.Scene now) {
                if (now != null) {
                    observable.removeListener(this);
                    first.requestFocus();
                }
            }
        });
    }

    private static Control firstInput(Node node) {
        // A long page scrolls: its fields are the scroll pane's content, which a skin keeps out of the children.
        if (node instanceof ScrollPane scroll) {
            return scroll.getContent() == null ? null : firstInput(scroll.getContent());
        }
        // Buttons and links on a page are not its input: Enter on one would run it instead of going on.
        if (node instanceof Control control && !(node instanceof Label) && !(node instanceof Button)
                && !(node instanceof javafx.scene.control.Hyperlink) && control.isFocusTraversable()
                && !control.isDisabled() && control.isVisible()) {
            return control;
        }
        if (node instanceof Parent parent && !(node instanceof Control)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Control found = firstInput(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- properties

    /** The pages in order; the caller adds its summary as the last one. */
    public ObservableList<WizardStep> getSteps() {
        return steps;
    }

    public ReadOnlyIntegerProperty currentIndexProperty() {
        return currentIndex.getReadOnlyProperty();
    }

    public int getCurrentIndex() {
        return currentIndex.get();
    }

    public Button getBackButton() {
        return backButton;
    }

    /** Next, or Finish on the last step. */
    public Button getNextButton() {
        return nextButton;
    }

    public Button getCancelButton() {
        return cancelButton;
    }

    /** Run when the user presses Finish on the last step; closing the wizard is the caller's part. */
    public ObjectProperty<Runnable> onFinishProperty() {
        return onFinish;
    }

    public void setOnFinish(Runnable value) {
        onFinish.set(value);
    }

    /** Run on Cancel or Escape. */
    public ObjectProperty<Runnable> onCancelProperty() {
        return onCancel;
    }

    public void setOnCancel(Runnable value) {
        onCancel.set(value);
    }

    public StringProperty backTextProperty() {
        return backText;
    }

    public StringProperty nextTextProperty() {
        return nextText;
    }

    public StringProperty finishTextProperty() {
        return finishText;
    }

    public StringProperty cancelTextProperty() {
        return cancelText;
    }
}
