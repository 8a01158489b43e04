package io.accountsdesk.app.accounts;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.shell.FormInputs;
import io.accountsdesk.ui.FieldDecoration;
import io.accountsdesk.ui.StatePane;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The events tab: a box for a new internal note on top, the account's events under it, newest first. */
final class AccountEventsView extends VBox {

    private final AccountEventsViewModel model;
    private final Messages messages;
    private final TextArea note;

    AccountEventsView(AccountEventsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("account-events");
        getStyleClass().add("tab-body");
        setSpacing(10);
        note = FormInputs.area(model.note(), "note-text");
        note.setPromptText(messages.get("events.note.prompt"));
        note.setPrefRowCount(3);
        FieldDecoration.bind(note, model.note().errorProperty());
        VBox list = events();
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(composer(), list);
    }

    private VBox composer() {
        Label title = new Label(messages.get("events.note.title"));
        title.getStyleClass().add("section-title");
        title.setMaxWidth(Double.MAX_VALUE);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.note().errorProperty().concat(model.noteForm().formErrorProperty()));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setWrapText(true);
        Label visibility = new Label(messages.get("events.note.visibility"));
        visibility.getStyleClass().addAll("muted", Styles.TEXT_SMALL);
        Button add = new Button(messages.get("events.note.add"), new FontIcon(Feather.PLUS));
        add.setId("note-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(model.noteForm().busyProperty());
        add.setOnAction(event -> model.addNote());
        // Ctrl+Enter adds the note: Enter alone is a new line in a note.
        note.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                model.addNote();
                event.consume();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, visibility, spacer, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, title, note, error, row);
    }

    private VBox events() {
        Label title = new Label(messages.get("events.title"));
        title.getStyleClass().add("section-title");
        title.setMaxWidth(Double.MAX_VALUE);
        ListView<AccountEventsViewModel.EventRow> list = new ListView<>(model.rows());
        list.setId("event-list");
        list.setCellFactory(view -> new EventCell());
        StatePane state = new StatePane(list);
        state.stateProperty().bind(model.stateProperty());
        state.loadingTextProperty().set(messages.get("events.loading"));
        state.emptyTitleProperty().set(messages.get("events.empty.title"));
        state.emptyTextProperty().set(messages.get("events.empty.text"));
        state.errorTitleProperty().set(messages.get("events.error.title"));
        state.errorTextProperty().bind(model.errorMessageProperty());
        state.retryTextProperty().set(messages.get("common.retry"));
        state.setOnRetry(model::reload);
        VBox.setVgrow(state, Priority.ALWAYS);
        Button more = new Button(messages.get("events.loadMore"));
        more.setId("events-more");
        more.visibleProperty().bind(model.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(model.loadingMoreProperty());
        more.setOnAction(event -> model.loadMore());
        return new VBox(6, title, state, more);
    }

    void focusNote() {
        note.requestFocus();
    }

    private final class EventCell extends ListCell<AccountEventsViewModel.EventRow> {
        private final Label head = new Label();
        private final Label body = new Label();
        private final VBox layout = new VBox(2, head, body);

        EventCell() {
            head.getStyleClass().addAll("muted", Styles.TEXT_SMALL);
            body.setWrapText(true);
            body.getStyleClass().add("event-body");
            layout.setMaxWidth(Double.MAX_VALUE);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(AccountEventsViewModel.EventRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            head.setText(messages.format("events.row.head", row.when(), row.by() == null ? "—" : row.by(),
                    row.type() == null ? "" : row.type(), row.visibility() == null ? "" : row.visibility()));
            body.setText(row.body() == null ? "" : row.body());
            body.setVisible(row.body() != null);
            body.setManaged(row.body() != null);
            setGraphic(layout);
        }
    }
}
