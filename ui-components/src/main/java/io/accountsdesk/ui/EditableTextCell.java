package io.accountsdesk.ui;

import java.util.Objects;
import java.util.function.IntFunction;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Callback;

/**
 * A table cell edited in place, as in a spreadsheet: Enter, F2 or typing starts; Enter, Tab or leaving the cell
 * keeps the text; Escape throws it away. The text kept goes to a callback with the row's index rather than through
 * the table's edit events, which drop what was typed when the focus leaves the cell. While the cell is edited, each
 * change of its text is told to a second callback (a draft on disk can hold it before it is kept), and so is Escape.
 * A cell with a problem is marked and says the problem in its tooltip, so the message sits where the mistake is.
 *
 * @param <S> the row type
 */
public final class EditableTextCell<S> extends TableCell<S, String> {

    /** Where the keyboard goes after the text is kept. */
    public enum Move {
        /** Enter: stay on the cell. */
        STAY,
        /** Tab: go on to edit the next cell of the row. */
        NEXT,
        /** The focus went elsewhere: leave it there. */
        NONE
    }

    /** Receives the text kept in row {@code row}, and where the keyboard asked to go. */
    @FunctionalInterface
    public interface Commit {
        void commit(int row, String text, Move move);
    }

    /** Told of the text in row {@code row} as it is typed, before it is kept; {@code null} when Escape drops it. */
    @FunctionalInterface
    public interface Typing {
        void typing(int row, String text);
    }

    /** Set on a cell whose value has a problem. */
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final String TYPED = "editable-text-cell.typed";

    private final Commit onCommit;
    private final IntFunction<String> problemAt;
    private final Typing onTyping;
    private TextField field;
    private boolean done;

    private EditableTextCell(Commit onCommit, IntFunction<String> problemAt, Typing onTyping) {
        this.onCommit = onCommit;
        this.problemAt = problemAt;
        this.onTyping = onTyping;
        getStyleClass().add("editable-text-cell");
    }

    /**
     * @param problemAt the problem of the value in a row, or {@code null} when it has none
     */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> forColumn(Commit onCommit,
                                                                                    IntFunction<String> problemAt) {
        return forColumn(onCommit, problemAt, (row, text) -> { });
    }

    /**
     * @param problemAt the problem of the value in a row, or {@code null} when it has none
     * @param onTyping  told of every change of the text while the cell is edited, and of Escape
     */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> forColumn(Commit onCommit,
                                                                                    IntFunction<String> problemAt,
                                                                                    Typing onTyping) {
        return column -> new EditableTextCell<>(onCommit, problemAt, onTyping);
    }

    /**
     * Lets the keyboard start editing the focused cell of {@code table}: Enter or F2, or typing, whose first
     * character becomes the cell's new text.
     */
    public static void editByKeyboard(TableView<?> table) {
        table.setEditable(true);
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (table.getEditingCell() == null && (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.F2)
                    && startEditing(table, null)) {
                event.consume();
            }
        });
        table.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            if (table.getEditingCell() == null && !event.isShortcutDown() && !event.isAltDown()
                    && typed != null && !typed.isEmpty() && !Character.isISOControl(typed.charAt(0))
                    && startEditing(table, typed)) {
                event.consume();
            }
        });
    }

    private static boolean startEditing(TableView<?> table, String typed) {
        TablePosition<?, ?> focused = table.getFocusModel().getFocusedCell();
        if (focused == null || focused.getRow() < 0 || focused.getTableColumn() == null
                || !focused.getTableColumn().isEditable()) {
            return false;
        }
        table.getProperties().put(TYPED, typed);
        @SuppressWarnings({"unchecked", "rawtypes"})
        TableColumn column = focused.getTableColumn();
        table.edit(focused.getRow(), column);
        return true;
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing() || (field != null && getGraphic() == field)) {
            // Asked again while already editing (the table relays its edit to the cell): keep what is typed.
            return;
        }
        done = false;
        Object typed = getTableView() == null ? null : getTableView().getProperties().remove(TYPED);
        field = new TextField(typed != null ? typed.toString() : Objects.toString(getItem(), ""));
        field.setId(getTableColumn() == null ? null : getTableColumn().getId() + "-editor");
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                keep(Move.STAY);
                event.consume();
            } else if (event.getCode() == KeyCode.TAB) {
                keep(event.isShiftDown() ? Move.STAY : Move.NEXT);
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                int row = getIndex();
                done = true;
                cancelEdit();
                onTyping.typing(row, null);
                event.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && isEditing()) {
                keep(Move.NONE);
            }
        });
        TextField edited = field;
        edited.textProperty().addListener((obs, was, now) -> {
            if (field == edited && !done) {
                onTyping.typing(getIndex(), now);
            }
        });
        if (typed != null) {
            onTyping.typing(getIndex(), edited.getText());
        }
        setText(null);
        setGraphic(field);
        // A text field selects all its text when it first has both a skin and the focus; with the skin made now,
        // that happens here, before the caret is put after what was typed, which must not be typed over.
        field.setSkin(new javafx.scene.control.skin.TextFieldSkin(field));
        field.requestFocus();
        if (typed != null) {
            field.deselect();
            field.end();
        } else {
            field.selectAll();
        }
    }

    @Override
    public void cancelEdit() {
        // The table cancels when the focus moves on (a click elsewhere): that keeps the text, only Escape drops it.
        String text = field == null ? null : field.getText();
        boolean wasDone = done;
        boolean keep = !done && text != null && !text.equals(Objects.toString(getItem(), ""));
        done = true;
        super.cancelEdit();
        show(getItem());
        if (keep) {
            onCommit.commit(getIndex(), text, Move.NONE);
        } else if (!wasDone && text != null) {
            // Left as it was: whatever was told of the typing is dropped.
            onTyping.typing(getIndex(), null);
        }
    }

    private void keep(Move move) {
        if (done) {
            return;
        }
        String text = field.getText();
        int row = getIndex();
        done = true;
        super.cancelEdit();
        show(getItem());
        onCommit.commit(row, text, move);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            pseudoClassStateChanged(INVALID, false);
        } else if (!isEditing()) {
            show(item);
        }
    }

    private void show(String item) {
        setGraphic(null);
        setText(item);
        String problem = isEmpty() || getIndex() < 0 ? null : problemAt.apply(getIndex());
        pseudoClassStateChanged(INVALID, problem != null);
        setTooltip(problem == null ? null : new Tooltip(problem));
        field = null;
    }
}
