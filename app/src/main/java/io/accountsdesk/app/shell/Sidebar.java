package io.accountsdesk.app.shell;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.nav.Navigator;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenDescriptor;
import io.accountsdesk.app.preferences.AppPreferences;
import io.accountsdesk.app.preferences.PreferencesService;
import io.accountsdesk.app.preferences.SavedView;
import io.accountsdesk.app.preferences.ThemeChoice;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The sidebar, generated from the screen registry: one entry per screen that asks for one, the saved views under
 * them, and at the bottom the theme and the way out. The entry of the place on show is highlighted.
 */
final class Sidebar extends VBox {

    private final Messages messages;
    private final Navigator navigator;
    private final VBox entries = new VBox();
    private final VBox views = new VBox();
    private final Label viewsTitle;
    private final ChangeListener<Place> onPlace = (obs, old, place) -> highlight(place);
    private final ChangeListener<AppPreferences> onPreferences = (obs, old, now) -> showViews(now);
    private final PreferencesService preferences;
    private ShellViewModel shell;
    private ChangeListener<ThemeChoice> onTheme;

    Sidebar(List<ScreenDescriptor> screens, PreferencesService preferences, Navigator navigator,
            ShellViewModel shell, Runnable signOut, Messages messages) {
        this.messages = messages;
        this.navigator = navigator;
        this.preferences = preferences;
        getStyleClass().add("sidebar");
        setId("sidebar");

        Label title = new Label(messages.get("app.title"), new FontIcon(Feather.BRIEFCASE));
        title.getStyleClass().add("app-title");

        entries.getStyleClass().add("sidebar-entries");
        for (ScreenDescriptor screen : screens) {
            entries.getChildren().add(entry(screen));
        }
        viewsTitle = new Label(messages.get("nav.savedViews"));
        viewsTitle.getStyleClass().add("sidebar-heading");
        views.getStyleClass().add("sidebar-entries");
        views.setId("saved-views");
        showViews(preferences.current());
        preferences.currentProperty().addListener(onPreferences);

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);

        Button switchEnvironment = new Button(messages.get("nav.switchEnvironment"), new FontIcon(Feather.LOG_OUT));
        switchEnvironment.setId("switch-environment");
        switchEnvironment.getStyleClass().addAll("nav-item", Styles.FLAT);
        switchEnvironment.setOnAction(event -> signOut.run());
        VBox footer = new VBox(themeChoice(shell), switchEnvironment);
        footer.getStyleClass().add("sidebar-footer");

        getChildren().addAll(title, entries, viewsTitle, views, spacer, footer);
        navigator.currentProperty().addListener(onPlace);
        highlight(navigator.current());
    }

    private ToggleButton entry(ScreenDescriptor screen) {
        ToggleButton button = new ToggleButton(messages.get(screen.titleKey()), new FontIcon(screen.icon()));
        button.setId("nav-" + screen.id());
        button.getStyleClass().add("nav-item");
        button.setUserData(screen.place());
        if (screen.shortcut() != null) {
            button.setTooltip(new Tooltip(KeyNames.describe(screen.shortcut())));
        }
        // Selection follows the navigator, not the click: a refused move (unsaved changes) must not look done.
        button.setOnAction(event -> {
            navigator.goTo(screen.place());
            highlight(navigator.current());
        });
        return button;
    }

    private void showViews(AppPreferences preferences) {
        views.getChildren().clear();
        for (SavedView view : preferences.savedViews()) {
            ToggleButton button = new ToggleButton(view.name(), new FontIcon(Feather.FILTER));
            button.getStyleClass().addAll("nav-item", "saved-view");
            Place place = Place.parse(view.place());
            button.setUserData(place);
            button.setOnAction(event -> {
                navigator.goTo(place);
                highlight(navigator.current());
            });
            MenuItem forget = new MenuItem(messages.get("nav.savedViews.delete"));
            forget.setOnAction(event -> savedViewDeleted.accept(view));
            button.setContextMenu(new ContextMenu(forget));
            views.getChildren().add(button);
        }
        boolean any = !preferences.savedViews().isEmpty();
        viewsTitle.setVisible(any);
        viewsTitle.setManaged(any);
        highlight(navigator.current());
    }

    private java.util.function.Consumer<SavedView> savedViewDeleted = view -> { };

    void setOnDeleteView(java.util.function.Consumer<SavedView> action) {
        savedViewDeleted = action;
    }

    /** A saved view wins over its screen when the place is exactly the view's. */
    private void highlight(Place place) {
        boolean viewMatched = false;
        for (var node : views.getChildren()) {
            ToggleButton button = (ToggleButton) node;
            boolean match = place != null && place.equals(button.getUserData());
            button.setSelected(match);
            viewMatched |= match;
        }
        for (var node : entries.getChildren()) {
            ToggleButton button = (ToggleButton) node;
            button.setSelected(!viewMatched && place != null && place.sameScreen((Place) button.getUserData()));
        }
    }

    private HBox themeChoice(ShellViewModel shell) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("theme-choice");
        box.setId("theme-choice");
        for (ThemeChoice choice : ThemeChoice.values()) {
            ToggleButton button = new ToggleButton(null, new FontIcon(switch (choice) {
                case SYSTEM -> Feather.MONITOR;
                case LIGHT -> Feather.SUN;
                case DARK -> Feather.MOON;
            }));
            button.setId("theme-" + choice.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setUserData(choice);
            button.setTooltip(new Tooltip(messages.get("nav.theme." + choice.name().toLowerCase(java.util.Locale.ROOT))));
            button.setSelected(shell.themeProperty().get() == choice);
            button.setOnAction(event -> shell.themeProperty().set(choice));
            HBox.setHgrow(button, Priority.ALWAYS);
            button.setMaxWidth(Double.MAX_VALUE);
            box.getChildren().add(button);
        }
        box.getChildren().get(0).getStyleClass().add(Styles.LEFT_PILL);
        box.getChildren().get(1).getStyleClass().add(Styles.CENTER_PILL);
        box.getChildren().get(2).getStyleClass().add(Styles.RIGHT_PILL);
        this.shell = shell;
        onTheme = (obs, old, now) -> group.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == now));
        shell.themeProperty().addListener(onTheme);
        // A toggle group lets the user unselect; the theme always has a choice.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        return box;
    }

    void dispose() {
        navigator.currentProperty().removeListener(onPlace);
        preferences.currentProperty().removeListener(onPreferences);
        shell.themeProperty().removeListener(onTheme);
    }
}
