package io.accountsdesk.app.shell;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.nav.Navigator;
import io.accountsdesk.app.diagnostics.HelpMenu;
import io.accountsdesk.app.diagnostics.HelpViewModel;
import io.accountsdesk.ui.Banner;
import io.accountsdesk.ui.Tone;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's frame during a session: the environment banner across the top, the sidebar, a bar with back,
 * forward and the palette, the current screen, and the status bar.
 */
public final class ShellView extends BorderPane {

    private final BorderPane content = new BorderPane();
    private final Banner banner = new Banner();
    private final javafx.beans.value.ChangeListener<Tone> onTone = (obs, old, tone) -> banner.setIcon(icon(tone));
    private final ShellViewModel model;

    ShellView(ShellViewModel model, Navigator navigator, Sidebar sidebar, StatusBar statusBar, Runnable openPalette,
              Runnable openHelp, HelpViewModel help, Messages messages) {
        this.model = model;
        getStyleClass().add("app-root");
        setId("shell");

        banner.setId("environment-banner");
        banner.getLabel().textProperty().bind(model.bannerTextProperty());
        banner.toneProperty().bind(model.bannerToneProperty());
        banner.setIcon(icon(model.bannerToneProperty().get()));
        model.bannerToneProperty().addListener(onTone);

        BorderPane main = new BorderPane(content);
        main.setTop(navigationBar(navigator, openPalette, new HelpMenu(help, openHelp, messages), messages));
        content.getStyleClass().add("screen-area");

        setTop(banner);
        setLeft(sidebar);
        setCenter(main);
        setBottom(statusBar);
    }

    /** Stops following the app-wide banner: the session this shell framed has ended. */
    void dispose() {
        model.bannerToneProperty().removeListener(onTone);
    }

    /** Shows a screen in the content area. */
    public void show(Node screen) {
        content.setCenter(screen);
    }

    private static HBox navigationBar(Navigator navigator, Runnable openPalette, HelpMenu help,
                                      Messages messages) {
        Button back = iconButton("nav-back", Feather.ARROW_LEFT, messages.get("nav.back"));
        back.disableProperty().bind(navigator.canGoBackProperty().not());
        back.setOnAction(event -> navigator.back());
        Button forward = iconButton("nav-forward", Feather.ARROW_RIGHT, messages.get("nav.forward"));
        forward.disableProperty().bind(navigator.canGoForwardProperty().not());
        forward.setOnAction(event -> navigator.forward());

        // Looks like a search box and says which key opens it, so the palette is found without reading docs.
        Label prompt = new Label(messages.get("palette.prompt"));
        prompt.getStyleClass().add("muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label key = new Label(KeyNames.describe("Shortcut+K"));
        key.getStyleClass().add("key-hint");
        HBox paletteContent = new HBox(8, new FontIcon(Feather.SEARCH), prompt, gap, key);
        paletteContent.setAlignment(Pos.CENTER_LEFT);
        Button palette = new Button(null, paletteContent);
        palette.setId("open-palette");
        palette.getStyleClass().add("palette-button");
        palette.setMaxWidth(520);
        palette.setPrefWidth(520);
        paletteContent.prefWidthProperty().bind(palette.widthProperty().subtract(28));
        palette.setOnAction(event -> openPalette.run());
        palette.setFocusTraversable(false);

        Region left = new Region();
        Region right = new Region();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox bar = new HBox(4, back, forward, left, palette, right, help);
        bar.getStyleClass().add("navigation-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button iconButton(String id, Feather icon, String tooltip) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        return button;
    }

    private static Feather icon(Tone tone) {
        return switch (tone) {
            case DANGER -> Feather.ALERT_OCTAGON;
            case WARNING -> Feather.ALERT_TRIANGLE;
            default -> Feather.BOX;
        };
    }
}
