package io.accountsdesk.app.access.clients;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.client.auth.Jwk;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.StatePane;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The signing keys: where verifiers fetch them, each key's kid and algorithm, and the key as JSON to copy. */
final class SigningKeysView extends VBox {

    private final SigningKeysViewModel model;
    private final Messages messages;
    private final TableView<Jwk> table = new TableView<>();
    private final TextArea json = new TextArea();

    SigningKeysView(SigningKeysViewModel model, Messages messages) {
        super(10);
        this.model = model;
        this.messages = messages;
        setPadding(new Insets(10, 0, 0, 0));
        Label intro = new Label(messages.get("apiClients.keys.hint"));
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");
        TextField url = new TextField();
        url.setId("keys-url");
        url.setEditable(false);
        url.textProperty().bind(model.keysUrlProperty());
        HBox.setHgrow(url, Priority.ALWAYS);
        HBox urlRow = new HBox(8, new Label(messages.get("apiClients.keys.url")), url, copyButton("keys-url-copy",
                () -> model.keysUrlProperty().get()));
        urlRow.setAlignment(Pos.CENTER_LEFT);
        SplitPane split = new SplitPane(list(), keyJson());
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(intro, urlRow, split);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                json.setText(now == null ? "" : model.json(now)));
    }

    private StatePane list() {
        table.setId("keys-table");
        table.setItems(model.keys());
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("apiClients.keys.column.kid"), Jwk::kid),
                Columns.text(messages.get("apiClients.keys.column.alg"), Jwk::alg),
                Columns.text(messages.get("apiClients.keys.column.kty"), Jwk::kty),
                Columns.text(messages.get("apiClients.keys.column.use"), Jwk::use)));
        StatePane state = new StatePane(table);
        state.stateProperty().bind(model.stateProperty());
        state.loadingTextProperty().set(messages.get("apiClients.keys.loading"));
        state.emptyTitleProperty().set(messages.get("apiClients.keys.empty.title"));
        state.emptyTextProperty().set(messages.get("apiClients.keys.empty.text"));
        state.errorTitleProperty().set(messages.get("apiClients.keys.error.title"));
        state.errorTextProperty().bind(model.errorProperty());
        state.retryTextProperty().set(messages.get("common.retry"));
        state.setOnRetry(model::reload);
        return state;
    }

    private VBox keyJson() {
        json.setId("keys-json");
        json.setEditable(false);
        json.setWrapText(true);
        json.getStyleClass().add("key-json");
        json.setPromptText(messages.get("apiClients.keys.pick"));
        VBox.setVgrow(json, Priority.ALWAYS);
        Button copy = copyButton("keys-copy", json::getText);
        copy.setText(messages.get("apiClients.keys.copy"));
        copy.disableProperty().bind(json.textProperty().isEmpty());
        VBox box = new VBox(8, json, copy);
        box.setPadding(new Insets(0, 0, 0, 12));
        return box;
    }

    private Button copyButton(String id, java.util.function.Supplier<String> text) {
        Button copy = new Button(messages.get("common.copy"), new FontIcon(Feather.COPY));
        copy.setId(id);
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        return copy;
    }
}
