package io.accountsdesk.app.access.clients;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.shell.FormInputs;
import io.accountsdesk.client.clients.Client;
import io.accountsdesk.ui.FocusInView;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.FieldDecoration;
import io.accountsdesk.ui.FormGrid;
import io.accountsdesk.ui.PropertyGrid;
import io.accountsdesk.ui.StatePane;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** API clients, their grants and the signing keys, one tab each; a secret shown once sits above them all. */
final class ApiClientsView extends VBox {

    private final ApiClientsViewModel model;
    private final Messages messages;
    private final TableView<Client> table = new TableView<>();
    private final PropertyGrid details = new PropertyGrid();
    private final TabPane tabs = new TabPane();

    ApiClientsView(ApiClientsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("api-clients-screen");
        getStyleClass().addAll("screen", "access-clients");
        setSpacing(10);
        tabs.setId("api-clients-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(
                tab("api-clients-tab-clients", "apiClients.tab", clientsTab()),
                tab("api-clients-tab-grants", "apiClients.grants.tab", new GrantsView(model.grants(), messages)),
                tab("api-clients-tab-keys", "apiClients.keys.tab", new SigningKeysView(model.keys(), messages)));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(top(), new SecretPanel(model.secret(), messages), tabs);
        wire();
    }

    private Tab tab(String id, String key, javafx.scene.Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    private HBox top() {
        Label title = new Label(messages.get("apiClients.title"));
        title.getStyleClass().add("screen-title");
        Button reload = new Button(messages.get("apiClients.refresh"), new FontIcon(Feather.REFRESH_CW));
        reload.setId("api-clients-reload");
        reload.setOnAction(event -> model.reload());
        Button add = new Button(messages.get("apiClients.new"), new FontIcon(Feather.PLUS));
        add.setId("api-clients-new");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(event -> {
            tabs.getSelectionModel().select(0);
            model.startCreate();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, spacer, reload, add);
        top.setAlignment(Pos.CENTER_LEFT);
        return top;
    }

    private VBox clientsTab() {
        table.setId("api-clients-table");
        table.setItems(model.clients());
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("apiClients.column.name"), c -> c.name() == null ? "" : c.name()),
                Columns.text(messages.get("apiClients.column.clientId"), Client::clientId),
                Columns.text(messages.get("apiClients.column.description"),
                        c -> c.description() == null ? "" : c.description())));
        StatePane state = new StatePane(table);
        state.stateProperty().bind(model.stateProperty());
        state.loadingTextProperty().set(messages.get("apiClients.loading"));
        state.emptyTitleProperty().set(messages.get("apiClients.empty.title"));
        state.emptyTextProperty().set(messages.get("apiClients.empty.text"));
        state.errorTitleProperty().set(messages.get("apiClients.error.title"));
        state.errorTextProperty().bind(model.errorProperty());
        state.retryTextProperty().set(messages.get("common.retry"));
        state.setOnRetry(model::reload);
        SplitPane split = new SplitPane(state, detail());
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(10, createForm(), split);
        box.setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
        return box;
    }

    private VBox createForm() {
        FormGrid grid = new FormGrid();
        TextField name = FormInputs.text(model.name(), "api-clients-name");
        FieldDecoration.bind(name, model.name().errorProperty());
        grid.addRow(model.name().label(), name, model.name().errorProperty());
        TextField description = FormInputs.text(model.description(), "api-clients-description");
        FieldDecoration.bind(description, model.description().errorProperty());
        grid.addRow(model.description().label(), description, model.description().errorProperty());
        TextField clientId = FormInputs.text(model.clientId(), "api-clients-client-id");
        clientId.setPromptText(messages.get("apiClients.clientId.prompt"));
        FieldDecoration.bind(clientId, model.clientId().errorProperty());
        grid.addRow(model.clientId().label(), clientId, model.clientId().errorProperty());
        TextArea callbacks = FormInputs.area(model.callbacks(), "api-clients-callbacks");
        callbacks.setPrefRowCount(3);
        callbacks.setPromptText("https://shop.example/callback");
        FieldDecoration.bind(callbacks, model.callbacks().errorProperty());
        grid.addRow(model.callbacks().label(), callbacks, model.callbacks().errorProperty());

        Button create = new Button(messages.get("apiClients.create"), new FontIcon(Feather.CHECK));
        create.setId("api-clients-create");
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(model.form().busyProperty());
        create.setOnAction(event -> model.create());
        Button cancel = new Button(messages.get("common.cancel"));
        cancel.setId("api-clients-cancel");
        cancel.setOnAction(event -> model.cancelCreate());
        Label heading = new Label(messages.get("apiClients.new.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(messages.get("apiClients.new.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox form = new VBox(8, heading, hint, grid, FormInputs.formError(model.form(), "api-clients-form-error"),
                new HBox(8, create, cancel));
        form.setId("api-clients-create-form");
        form.getStyleClass().add("access-form");
        form.visibleProperty().bind(model.creatingProperty());
        form.managedProperty().bind(form.visibleProperty());
        return form;
    }

    private ScrollPane detail() {
        details.setId("api-clients-details");
        details.setCopyText(messages.get("common.copy"));
        Label error = new Label();
        error.setId("api-clients-detail-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.detailErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label secretNote = new Label(messages.get("apiClients.secretNote"));
        secretNote.getStyleClass().add("muted");
        secretNote.setWrapText(true);
        Button rotate = new Button(messages.get("apiClients.rotate"), new FontIcon(Feather.ROTATE_CW));
        rotate.setId("api-clients-rotate");
        rotate.setOnAction(event -> model.rotate());
        Button grants = new Button(messages.get("apiClients.showGrants"), new FontIcon(Feather.KEY));
        grants.setId("api-clients-grants");
        grants.setOnAction(event -> {
            Client client = model.selectedProperty().get();
            model.grants().clientFilterProperty().set(client.clientId());
            model.grants().startFor(client.clientId());
            tabs.getSelectionModel().select(1);
        });
        Button delete = new Button(messages.get("apiClients.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("api-clients-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(event -> model.delete());
        HBox actions = new HBox(8, rotate, grants, delete);
        Label pick = new Label(messages.get("apiClients.pick"));
        pick.getStyleClass().add("muted");
        pick.setWrapText(true);
        VBox chosen = new VBox(10, details, secretNote, actions);
        chosen.visibleProperty().bind(model.selectedProperty().isNotNull());
        chosen.managedProperty().bind(chosen.visibleProperty());
        pick.visibleProperty().bind(model.selectedProperty().isNull());
        pick.managedProperty().bind(pick.visibleProperty());
        VBox box = new VBox(10, error, pick, chosen);
        box.setPadding(new javafx.geometry.Insets(0, 0, 0, 12));
        ScrollPane scroll = FocusInView.follow(new ScrollPane(box));
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void wire() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && (model.selectedProperty().get() == null
                    || !now.id().equals(model.selectedProperty().get().id()))) {
                model.open(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            showDetails(now);
            // A client made here is chosen by the model; the list shows which row that is.
            Client row = table.getSelectionModel().getSelectedItem();
            if (now != null && (row == null || !row.id().equals(now.id()))) {
                table.getItems().stream().filter(c -> c.id().equals(now.id())).findFirst()
                        .ifPresent(c -> table.getSelectionModel().select(c));
            }
        });
    }

    private void showDetails(Client client) {
        details.clearRows();
        if (client == null) {
            return;
        }
        details.addValue(messages.get("apiClients.column.name"), client.name());
        details.addValue(messages.get("apiClients.column.clientId"), client.clientId());
        details.addValue(messages.get("apiClients.column.description"), client.description());
        details.addValue(messages.get("apiClients.field.callbacks"), client.callbacks() == null
                || client.callbacks().isEmpty() ? null : String.join("\n", client.callbacks()));
        details.addValue(messages.get("apiClients.field.id"), client.id());
        details.addValue(messages.get("apiClients.field.created"), client.createdAt() == null ? null
                : client.createdAt().toLocalDate().toString());
        details.addValue(messages.get("apiClients.field.secret"), messages.get("apiClients.secretHidden"));
    }

    void focusTable() {
        table.requestFocus();
    }
}
