package io.accountsdesk.ui;

import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Working down a queue from the keyboard, as in a mail client: J and K move to the next and the previous row,
 * keeping a few rows above in view, and other plain keys act on the chosen row. Keys held with Ctrl, Cmd or Alt pass
 * through, so the app's shortcuts keep working inside the table.
 */
public final class TriageKeys {

    private static final int ROWS_ABOVE = 3;

    private TriageKeys() {
    }

    /** @param actions what each key does with the chosen row (which may be {@code null} when none is chosen) */
    public static <T> void install(TableView<T> table, Map<KeyCode, Consumer<T>> actions) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() || event.isAltDown()) {
                return;
            }
            var selection = table.getSelectionModel();
            if (event.getCode() == KeyCode.J || event.getCode() == KeyCode.K) {
                if (event.getCode() == KeyCode.J) {
                    selection.selectNext();
                } else {
                    selection.selectPrevious();
                }
                table.scrollTo(Math.max(0, selection.getSelectedIndex() - ROWS_ABOVE));
                event.consume();
                return;
            }
            Consumer<T> action = actions.get(event.getCode());
            if (action != null) {
                action.accept(selection.getSelectedItem());
                event.consume();
            }
        });
    }

    /** Focuses the table and chooses its first row when none is chosen, so J, K and Enter work at once. */
    public static void focus(TableView<?> table) {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }
}
