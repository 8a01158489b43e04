package io.accountsdesk.app.shell;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.actions.AppAction;
import io.accountsdesk.app.diagnostics.HelpViewModel;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** F1 or ?: every key the app answers to, from the one registry of actions and the screens' own keys. */
final class ShortcutsHelp extends VBox {

    ShortcutsHelp(List<AppAction> screenActions, List<AppAction> globalActions, Runnable close, HelpViewModel support,
                  Messages messages) {
        getStyleClass().addAll("shortcuts-help", Styles.ELEVATED_3);
        setId("shortcuts-help");
        setMaxSize(560, 560);
        Label title = new Label(messages.get("help.title"));
        title.getStyleClass().add(Styles.TITLE_3);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts-grid");
        javafx.scene.layout.ColumnConstraints what = new javafx.scene.layout.ColumnConstraints();
        what.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().addAll(what, new javafx.scene.layout.ColumnConstraints());
        List<AppAction> going = globalActions.stream().filter(a -> a.id().startsWith(Workspace.GO)).toList();
        List<AppAction> everywhere = globalActions.stream().filter(a -> !a.id().startsWith(Workspace.GO)).toList();
        int row = 0;
        row = section(grid, row, messages.get("help.section.screen"), screenActions, messages);
        row = section(grid, row, messages.get("help.section.app"), everywhere, messages);
        row = line(grid, row, messages.get("help.questionMark"), "?");
        row = section(grid, row, messages.get("help.section.go"), going, messages);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        // The list takes the card's spare height, so the buttons sit at its bottom edge, not above a gap.
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button done = new Button(messages.get("common.close"));
        done.setId("help-close");
        done.setDefaultButton(true);
        done.setOnAction(event -> close.run());
        // What to send support sits where a lost user looks first, with the keys; the card stays open so the
        // notice that follows is read beside it.
        Button logFolder = new Button(messages.get("action.openLogFolder"), new FontIcon(Feather.FOLDER));
        logFolder.setId("help-open-log-folder");
        logFolder.setOnAction(event -> support.openLogFolder());
        Button diagnostics = new Button(messages.get("action.copyDiagnostics"), new FontIcon(Feather.CLIPBOARD));
        diagnostics.setId("help-copy-diagnostics");
        diagnostics.disableProperty().bind(support.copyingProperty());
        diagnostics.setOnAction(event -> support.copyDiagnostics());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, logFolder, diagnostics, gap, done);
        buttons.getStyleClass().add("shortcuts-help-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, scroll, buttons);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                close.run();
                event.consume();
            }
        });
    }

    private static int section(GridPane grid, int row, String title, List<AppAction> actions, Messages messages) {
        List<AppAction> withKeys = actions.stream().filter(action -> action.shortcut() != null).toList();
        if (withKeys.isEmpty()) {
            return row;
        }
        grid.add(heading(title), 0, row++, 2, 1);
        for (AppAction action : withKeys) {
            row = line(grid, row, messages.get(action.titleKey()), action.shortcut());
        }
        return row;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_BOLD, "shortcuts-heading");
        return label;
    }

    private static int line(GridPane grid, int row, String what, String shortcut) {
        Label name = new Label(what);
        Label key = new Label(KeyNames.describe(shortcut));
        key.getStyleClass().add("key-hint");
        GridPane.setHalignment(key, HPos.RIGHT);
        grid.add(name, 0, row);
        grid.add(key, 1, row);
        return row + 1;
    }
}
