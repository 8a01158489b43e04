package io.accountsdesk.app.access.clients;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.access.roles.ScopeChecklist;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.shell.FormInputs;
import io.accountsdesk.client.clients.ClientGrant;
import io.accountsdesk.client.clients.GrantType;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.ui.FocusInView;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.FieldDecoration;
import io.accountsdesk.ui.StatePane;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The grants: the list (all clients' or one's) beside the form of a new grant, each part explained in words. */
final class GrantsView extends VBox {

    private final GrantsViewModel model;
    private final Messages messages;
    private final TableView<ClientGrant> table = new TableView<>();

    GrantsView(GrantsViewModel model, Messages messages) {
        super(10);
        this.model = model;
        this.messages = messages;
        setPadding(new Insets(10, 0, 0, 0));
        ScrollPane scroll = FocusInView.follow(new ScrollPane(form()));
        scroll.setId("grants-form-scroll");
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(list(), scroll);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(filters(), split);
    }

    private HBox filters() {
        ComboBox<String> client = new ComboBox<>();
        client.setId("grants-filter-client");
        client.setConverter(labels(messages.get("apiClients.grants.filter.all")));
        client.getItems().setAll(choices());
        model.clientIds().addListener((ListChangeListener<String>) change -> client.getItems().setAll(choices()));
        client.valueProperty().bindBidirectional(model.clientFilterProperty());
        Button delete = new Button(messages.get("apiClients.grants.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("grants-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(event -> model.delete(table.getSelectionModel().getSelectedItem()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(10, new Label(messages.get("apiClients.grants.filter")), client, spacer, delete);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private List<String> choices() {
        List<String> items = new java.util.ArrayList<>();
        items.add("");
        items.addAll(model.clientIds());
        return items;
    }

    private static StringConverter<String> labels(String empty) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? empty : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }

    private StatePane list() {
        table.setId("grants-table");
        table.setItems(model.grants());
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("apiClients.grants.column.client"), ClientGrant::clientId),
                Columns.text(messages.get("apiClients.grants.column.type"), g -> g.type() == null ? "any" : g.type().value()),
                Columns.text(messages.get("apiClients.grants.column.scopes"),
                        g -> String.join(", ", g.scope() == null ? List.of() : g.scope())),
                Columns.text(messages.get("apiClients.grants.column.audience"),
                        g -> g.audience() == null ? "" : g.audience())));
        Label empty = new Label(messages.get("apiClients.grants.filtered"));
        empty.getStyleClass().add("muted");
        table.setPlaceholder(empty);
        StatePane state = new StatePane(table);
        state.stateProperty().bind(model.stateProperty());
        state.loadingTextProperty().set(messages.get("apiClients.grants.loading"));
        state.emptyTitleProperty().set(messages.get("apiClients.grants.empty.title"));
        state.emptyTextProperty().set(messages.get("apiClients.grants.empty.text"));
        state.errorTitleProperty().set(messages.get("apiClients.grants.error.title"));
        state.errorTextProperty().bind(model.errorProperty());
        state.retryTextProperty().set(messages.get("common.retry"));
        state.setOnRetry(model::reload);
        return state;
    }

    private VBox form() {
        Label heading = new Label(messages.get("apiClients.grants.new.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label intro = explanation(messages.get("apiClients.grants.new.hint"));

        ComboBox<String> client = new ComboBox<>(model.clientIds());
        client.setId("grants-client");
        client.setMaxWidth(Double.MAX_VALUE);
        client.valueProperty().bindBidirectional(model.client().valueProperty());
        TextField audience = FormInputs.text(model.audience(), "grants-audience");
        var type = FormInputs.choice(model.type(), Validators.values(GrantType.KNOWN), false,
                value -> messages.has("apiClients.grants.type." + value) ? messages.get("apiClients.grants.type." + value)
                        : value, messages.get("common.none"), "grants-type");
        Label typeWords = explanation("");
        typeWords.setId("grants-type-words");
        typeWords.textProperty().bind(model.typeWordsProperty());
        // One field under the other, not a grid: a grid row does not grow for a wrapped explanation.
        VBox fields = new VBox(10,
                labelled(model.client(), client, null),
                labelled(model.audience(), audience, explanation(model.audienceWords())),
                labelled(model.type(), type, typeWords));

        Label scopesHeading = new Label(model.scopes().field().label());
        scopesHeading.getStyleClass().add(Styles.TITLE_4);
        VBox chosen = new VBox(2);
        chosen.setId("grants-scope-words");
        chosen.getStyleClass().add("scope-words");
        model.scopeWords().addListener((ListChangeListener<String>) change -> chosen.getChildren().setAll(
                model.scopeWords().stream().map(GrantsView::explanation).toList()));
        Label noneChosen = explanation(messages.get("apiClients.grants.scope.none"));
        noneChosen.visibleProperty().bind(Bindings.isEmpty(model.scopeWords()));
        noneChosen.managedProperty().bind(noneChosen.visibleProperty());

        Button create = new Button(messages.get("apiClients.grants.create"), new FontIcon(Feather.CHECK));
        create.setId("grants-create");
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(model.form().busyProperty());
        create.setOnAction(event -> model.create());
        VBox form = new VBox(10, heading, intro, fields, scopesHeading,
                new ScopeChecklist(model.scopes(), messages, "grants"), noneChosen, chosen,
                FormInputs.formError(model.form(), "grants-form-error"), create);
        form.getStyleClass().add("access-form");
        form.setPadding(new Insets(0, 8, 8, 12));
        return form;
    }

    private static VBox labelled(io.accountsdesk.app.core.forms.FormField<String> field,
                                 javafx.scene.control.Control input, Label explanation) {
        Label name = new Label(field.label());
        name.getStyleClass().add("form-label");
        name.setLabelFor(input);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(field.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        FieldDecoration.bind(input, field.errorProperty());
        VBox box = new VBox(4, name, input, error);
        if (explanation != null) {
            box.getChildren().add(explanation);
        }
        return box;
    }

    private static Label explanation(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("muted", "access-explanation");
        label.setWrapText(true);
        // Wrapped, never cut short with an ellipsis: the explanation is the point.
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
