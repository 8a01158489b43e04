package io.accountsdesk.app.diagnostics;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "?" at the right of the top bar: the keyboard shortcuts, the log folder and the diagnostics. */
public final class HelpMenu extends MenuButton {

    public HelpMenu(HelpViewModel model, Runnable showShortcuts, Messages messages) {
        setGraphic(new FontIcon(Feather.HELP_CIRCLE));
        setId("help-menu");
        getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "help-menu");
        setTooltip(new Tooltip(messages.get("help.menu")));
        setAccessibleText(messages.get("help.menu"));
        setFocusTraversable(false);

        MenuItem shortcuts = item("help-menu-shortcuts", messages.get("help.open"), Feather.COMMAND);
        shortcuts.setOnAction(event -> showShortcuts.run());
        MenuItem logFolder = item("help-menu-log-folder", messages.get("action.openLogFolder"), Feather.FOLDER);
        logFolder.setOnAction(event -> model.openLogFolder());
        MenuItem diagnostics = item("help-menu-diagnostics", messages.get("action.copyDiagnostics"),
                Feather.CLIPBOARD);
        diagnostics.disableProperty().bind(model.copyingProperty());
        diagnostics.setOnAction(event -> model.copyDiagnostics());
        getItems().addAll(shortcuts, new SeparatorMenuItem(), logFolder, diagnostics);
    }

    private static MenuItem item(String id, String text, Feather icon) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setId(id);
        return item;
    }
}
