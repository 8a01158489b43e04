package io.accountsdesk.app.settings;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.shell.FormInputs;
import io.accountsdesk.ui.FocusInView;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.FieldDecoration;
import io.accountsdesk.ui.FormGrid;
import io.accountsdesk.ui.StatePane;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The partner's own settings: company and billing as a form, services and connections as they stand. */
final class AccountSettingsView extends VBox {

    private final AccountSettingsViewModel model;
    private final Messages messages;
    private TextField first;

    AccountSettingsView(AccountSettingsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("account-settings");
        getStyleClass().add("screen");
        setSpacing(10);
        Label title = new Label();
        title.setId("settings-title");
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(model.titleProperty());

        FormGrid grid = new FormGrid();
        String section = "";
        for (String path : model.paths()) {
            String part = path.substring(0, path.indexOf('.'));
            if (!part.equals(section)) {
                grid.addSection(messages.get("settings.section." + part));
                section = part;
            }
            FormField<String> field = model.field(path);
            TextField input = FormInputs.text(field, "settings-" + path.replace('.', '-').replace('_', '-'));
            FieldDecoration.bind(input, field.errorProperty());
            grid.addRow(field.label().substring(field.label().indexOf('·') + 1).strip(), input, field.errorProperty());
            if (first == null) {
                first = input;
            }
        }
        Label formError = new Label();
        formError.managedProperty().bind(formError.textProperty().isNotEmpty());
        formError.getStyleClass().add(Styles.DANGER);
        formError.setWrapText(true);
        formError.textProperty().bind(model.form().formErrorProperty());
        Button save = new Button(messages.get("settings.save"), new FontIcon(Feather.CHECK));
        save.setId("settings-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.form().canSaveProperty().not());
        save.setOnAction(event -> model.save());
        Button reload = new Button(messages.get("settings.reload"), new FontIcon(Feather.REFRESH_CW));
        reload.setOnAction(event -> model.reload());
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, spacer, reload, save);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(10, formError, grid);
        left.setMinWidth(420);

        VBox requests = new VBox(6);
        requests.setId("settings-requests");
        model.featureRequests().addListener((javafx.collections.ListChangeListener<AccountSettingsViewModel.FeatureRequest>)
                change -> fillRequests(requests));
        fillRequests(requests);
        Label requestsHint = new Label(messages.get("settings.requestsHint"));
        requestsHint.getStyleClass().add("muted");
        requestsHint.setWrapText(true);
        VBox right = new VBox(8, heading("settings.section.services"),
                facts("settings-services", model.serviceFacts(), "settings.none.services"),
                requestsHint, requests,
                heading("settings.section.connections"),
                facts("settings-connections", model.connectionFacts(), "settings.none.connections"));
        right.setPrefWidth(320);
        HBox body = new HBox(24, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        ScrollPane scroll = FocusInView.follow(new ScrollPane(body));
        scroll.setFitToWidth(true);

        StatePane state = new StatePane(scroll);
        state.stateProperty().bind(model.stateProperty());
        state.loadingTextProperty().set(messages.get("settings.loading"));
        state.errorTitleProperty().set(messages.get("settings.error.title"));
        state.errorTextProperty().bind(model.errorProperty());
        state.retryTextProperty().set(messages.get("common.retry"));
        state.setOnRetry(model::reload);
        VBox.setVgrow(state, Priority.ALWAYS);
        getChildren().addAll(top, state);
    }

    private void fillRequests(VBox box) {
        box.getChildren().clear();
        for (AccountSettingsViewModel.FeatureRequest request : model.featureRequests()) {
            var check = FormInputs.check(request.requested(), request.status().isEmpty() ? request.feature()
                    : request.feature() + " · " + request.status(), "settings-request-" + request.feature());
            FieldDecoration.bind(check, request.requested().errorProperty());
            box.getChildren().add(check);
        }
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private TableView<AccountSettingsViewModel.Fact> facts(String id, javafx.collections.ObservableList<
            AccountSettingsViewModel.Fact> items, String emptyKey) {
        TableView<AccountSettingsViewModel.Fact> table = new TableView<>(items);
        table.setId(id);
        table.getStyleClass().addAll(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("settings.column.name"), AccountSettingsViewModel.Fact::name),
                Columns.text(messages.get("settings.column.state"), AccountSettingsViewModel.Fact::value)));
        Label empty = new Label(messages.get(emptyKey));
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.setPrefHeight(200);
        return table;
    }

    void focusFirst() {
        if (first != null) {
            first.requestFocus();
        }
    }
}
