package io.accountsdesk.app.shell;

import io.accountsdesk.app.core.actions.AppAction;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenModel;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * A screen made of a view model and its view: the lifecycle goes to the view model, the view is shown. What a screen
 * adds (its keys, where the keyboard starts, what the start-up probe watches) is given when it is made.
 */
public final class ModelScreen implements Screen {

    private final ScreenModel model;
    private final Node view;
    private final List<AppAction> actions;
    private final Runnable focus;
    private final Readiness readiness;

    private ModelScreen(ScreenModel model, Node view, List<AppAction> actions, Runnable focus, Readiness readiness) {
        this.model = Objects.requireNonNull(model, "model");
        this.view = Objects.requireNonNull(view, "view");
        this.actions = List.copyOf(actions);
        this.focus = focus;
        this.readiness = readiness;
    }

    public static ModelScreen of(ScreenModel model, Node view) {
        return new ModelScreen(model, view, List.of(), () -> { }, null);
    }

    /** The screen's own keys and palette entries. */
    public ModelScreen withActions(List<AppAction> value) {
        return new ModelScreen(model, view, value, focus, readiness);
    }

    /** Where the keyboard goes when the user arrives; run once the view is laid out, when it can take the focus. */
    public ModelScreen focusing(Runnable value) {
        return new ModelScreen(model, view, actions, () -> Platform.runLater(value), readiness);
    }

    public ModelScreen withReadiness(Readiness value) {
        return new ModelScreen(model, view, actions, focus, value);
    }

    @Override
    public Node view() {
        return view;
    }

    /** The view model behind the screen: for tests and the bench, which watch what a screen holds. */
    public ScreenModel model() {
        return model;
    }

    @Override
    public void activate(Place place) {
        model.activate(place);
    }

    @Override
    public void deactivate() {
        model.deactivate();
    }

    @Override
    public void dispose() {
        model.dispose();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return model.hasUnsavedChanges();
    }

    @Override
    public void discardChanges() {
        model.discardChanges();
    }

    @Override
    public List<AppAction> actions() {
        return actions;
    }

    @Override
    public Readiness readiness() {
        return readiness;
    }

    @Override
    public void focusDefault() {
        focus.run();
    }
}
