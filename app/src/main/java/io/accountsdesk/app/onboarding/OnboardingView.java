package io.accountsdesk.app.onboarding;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.onboarding.OnboardingViewModel.DraftRow;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.StatePane;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The onboarding desk: the applications in progress, newest first. Enter or a double click resumes one; the buttons
 * duplicate or discard the one selected.
 */
final class OnboardingView extends VBox {

    private final OnboardingViewModel model;
    private final Messages messages;
    private final TableView<DraftRow> table = new TableView<>();
    private final Button newAccount;
    private final Button bulk;
    private final Button resume;
    private final Button duplicate;
    private final Button discard;
    private final TableView<OnboardingViewModel.WaitingRow> waiting = new TableView<>();
    private final Button finish;
    private final Button forget;

    OnboardingView(OnboardingViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("onboarding");
        getStyleClass().addAll("screen", "onboarding");
        newAccount = button("onboarding.list.new", Feather.PLUS, "onboarding-new");
        newAccount.getStyleClass().add(Styles.ACCENT);
        bulk = button("onboarding.list.bulk", Feather.UPLOAD_CLOUD, "onboarding-bulk");
        resume = button("onboarding.list.resume", Feather.PLAY, "onboarding-resume");
        duplicate = button("onboarding.list.duplicate", Feather.COPY, "onboarding-duplicate");
        discard = button("onboarding.list.discard", Feather.TRASH_2, "onboarding-discard");
        discard.getStyleClass().add(Styles.DANGER);
        finish = button("onboarding.waiting.finish", Feather.CHECK, "onboarding-finish");
        forget = button("onboarding.waiting.forget", Feather.X, "onboarding-forget");
        createView();
        wireListeners();
    }

    private Button button(String key, Feather icon, String id) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        return button;
    }

    private void createView() {
        Label title = new Label(messages.get("onboarding.list.title"));
        title.getStyleClass().add("screen-title");
        Label subtitle = new Label(messages.get("onboarding.list.subtitle"));
        subtitle.getStyleClass().add("screen-subtitle");
        subtitle.setWrapText(true);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, newAccount, bulk, spacer, resume, duplicate, discard);
        toolbar.getStyleClass().add("toolbar-row");
        toolbar.setAlignment(Pos.CENTER_LEFT);

        table.setId("onboarding-drafts");
        table.setItems(model.drafts());
        table.getStyleClass().addAll(Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("onboarding.list.column.company"), DraftRow::title),
                Columns.text(messages.get("onboarding.list.column.age"), DraftRow::age),
                Columns.text(messages.get("onboarding.list.column.detail"), DraftRow::detail)));
        table.getColumns().get(0).setPrefWidth(300);
        table.getColumns().get(1).setPrefWidth(140);

        StatePane state = new StatePane(table);
        state.stateProperty().bind(model.stateProperty());
        state.loadingTextProperty().set(messages.get("onboarding.drafts.loading"));
        state.emptyTitleProperty().set(messages.get("onboarding.drafts.emptyTitle"));
        state.emptyTextProperty().bind(model.messageProperty());
        state.errorTitleProperty().set(messages.get("onboarding.drafts.errorTitle"));
        state.errorTextProperty().bind(model.messageProperty());
        state.retryTextProperty().set(messages.get("common.retry"));
        state.setOnRetry(model::refresh);
        VBox.setVgrow(state, Priority.ALWAYS);

        getChildren().setAll(new VBox(2, title, subtitle), toolbar, state, waitingPane());
    }

    /** Signups and pre-filled forms sent to merchants: what the desk waits for, and how to finish each. */
    private VBox waitingPane() {
        Label heading = new Label(messages.get("onboarding.waiting.title"));
        heading.getStyleClass().add("section-title");
        heading.setMaxWidth(Double.MAX_VALUE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label(messages.get("onboarding.waiting.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        HBox bar = new HBox(8, hint, spacer, finish, forget);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(hint, Priority.SOMETIMES);

        waiting.setId("onboarding-waiting");
        waiting.setItems(model.waiting());
        waiting.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        waiting.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        waiting.getColumns().setAll(List.of(
                Columns.text(messages.get("onboarding.list.column.company"), OnboardingViewModel.WaitingRow::title),
                Columns.text(messages.get("onboarding.waiting.column.kind"), OnboardingViewModel.WaitingRow::kind),
                Columns.text(messages.get("onboarding.waiting.column.sent"), OnboardingViewModel.WaitingRow::age),
                Columns.text(messages.get("onboarding.list.column.detail"), OnboardingViewModel.WaitingRow::detail)));
        waiting.getColumns().get(0).setPrefWidth(300);
        waiting.getColumns().get(1).setPrefWidth(180);
        waiting.getColumns().get(2).setPrefWidth(140);
        waiting.setPrefHeight(190);
        Label message = new Label();
        message.setId("onboarding-waiting-message");
        message.setWrapText(true);
        message.getStyleClass().add("muted");
        message.textProperty().bind(model.waitingMessageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        waiting.setPlaceholder(new Label(messages.get("onboarding.waiting.empty")));
        return new VBox(8, heading, bar, waiting, message);
    }

    private void wireListeners() {
        newAccount.setOnAction(event -> model.newAccount());
        bulk.setOnAction(event -> model.bulk());
        resume.setOnAction(event -> model.resume(selected()));
        duplicate.setOnAction(event -> model.duplicate(selected()));
        discard.setOnAction(event -> model.discard(selected()));
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        resume.disableProperty().bind(none);
        duplicate.disableProperty().bind(none);
        discard.disableProperty().bind(none);
        table.setRowFactory(view -> {
            TableRow<DraftRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    model.resume(row.getItem());
                }
            });
            return row;
        });
        finish.setOnAction(event -> model.finish(waiting.getSelectionModel().getSelectedItem()));
        forget.setOnAction(event -> model.forget(waiting.getSelectionModel().getSelectedItem()));
        var noneWaiting = waiting.getSelectionModel().selectedItemProperty().isNull();
        finish.disableProperty().bind(noneWaiting);
        forget.disableProperty().bind(noneWaiting);
        waiting.setOnKeyPressed(event -> {
            var row = waiting.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && row != null) {
                model.finish(row);
                event.consume();
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && selected() != null) {
                model.resume(selected());
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE && selected() != null) {
                model.discard(selected());
                event.consume();
            }
        });
    }

    private DraftRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    void focusList() {
        table.requestFocus();
        if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }
}
