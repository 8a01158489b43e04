package io.accountsdesk.app.shell;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.ui.Banner;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's frame: the environment banner across the top, the sidebar of working screens, the current
 * screen, and the status bar with the signed-in partner and background work.
 */
public final class ShellView extends BorderPane {

    private final BorderPane content = new BorderPane();

    public ShellView(ShellViewModel model, Messages messages) {
        getStyleClass().add("app-root");

        Banner banner = new Banner();
        banner.setId("environment-banner");
        banner.getLabel().textProperty().bind(model.bannerTextProperty());
        banner.toneProperty().bind(model.bannerToneProperty());
        model.bannerToneProperty().addListener((obs, old, tone) -> banner.setIcon(icon(tone)));
        banner.setIcon(icon(model.bannerToneProperty().get()));

        setTop(banner);
        setLeft(sidebar(model, messages));
        setCenter(content);
        setBottom(statusBar(model, messages));
    }

    /** Shows a screen in the content area. */
    public void show(Node screen) {
        content.setCenter(screen);
    }

    private static Feather icon(io.accountsdesk.ui.Tone tone) {
        return switch (tone) {
            case DANGER -> Feather.ALERT_OCTAGON;
            case WARNING -> Feather.ALERT_TRIANGLE;
            default -> Feather.BOX;
        };
    }

    private VBox sidebar(ShellViewModel model, Messages messages) {
        Label title = new Label(messages.get("app.title"), new FontIcon(Feather.BRIEFCASE));
        title.getStyleClass().add("app-title");

        ToggleGroup navigation = new ToggleGroup();
        ToggleButton accounts = new ToggleButton(messages.get("nav.accounts"), new FontIcon(Feather.USERS));
        accounts.setId("nav-accounts");
        accounts.getStyleClass().add("nav-item");
        accounts.setToggleGroup(navigation);
        accounts.setSelected(true);
        // The one screen stays selected: clicking it again must not leave the sidebar with nothing chosen.
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);

        ToggleButton dark = new ToggleButton(messages.get("nav.darkMode"), new FontIcon(Feather.MOON));
        dark.setId("toggle-theme");
        dark.getStyleClass().add("nav-item");
        dark.setSelected(model.darkProperty().get());
        model.darkProperty().addListener((obs, old, value) -> dark.setSelected(value));
        dark.setOnAction(event -> model.toggleTheme());
        dark.setTooltip(new Tooltip(messages.get("nav.darkMode.tooltip")));

        Button switchEnvironment = new Button(messages.get("nav.switchEnvironment"), new FontIcon(Feather.LOG_OUT));
        switchEnvironment.setId("switch-environment");
        switchEnvironment.getStyleClass().addAll("nav-item", Styles.FLAT);
        switchEnvironment.setOnAction(event -> model.signOut());

        VBox footer = new VBox(dark, switchEnvironment);
        footer.getStyleClass().add("sidebar-footer");
        VBox sidebar = new VBox(title, accounts, spacer, footer);
        sidebar.getStyleClass().add("sidebar");
        return sidebar;
    }

    private HBox statusBar(ShellViewModel model, Messages messages) {
        Label signedIn = new Label();
        signedIn.setId("signed-in");
        signedIn.textProperty().bind(model.signedInAsProperty());
        signedIn.setGraphic(new FontIcon(Feather.USER));

        Label failure = new Label();
        failure.setId("last-failure");
        failure.getStyleClass().add("status-error");
        failure.textProperty().bind(model.activity().lastFailureProperty());
        failure.visibleProperty().bind(failure.textProperty().isNotEmpty());
        failure.setTooltip(new Tooltip());
        failure.getTooltip().textProperty().bind(failure.textProperty());
        failure.setMaxWidth(600);

        ProgressIndicator working = new ProgressIndicator();
        working.setId("activity-indicator");
        working.setMaxSize(14, 14);
        working.visibleProperty().bind(model.activity().runningProperty().greaterThan(0));
        Label current = new Label();
        current.textProperty().bind(model.activity().currentProperty());
        current.visibleProperty().bind(working.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(signedIn, spacer, failure, working, current);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
