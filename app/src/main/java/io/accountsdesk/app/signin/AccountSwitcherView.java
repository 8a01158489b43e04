package io.accountsdesk.app.signin;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.signin.AccountSwitcherViewModel.Choice;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The person's accounts as a short list: name, id and what choosing it does. Enter or a double click chooses;
 * Escape or a click outside closes (the frame's part).
 */
public final class AccountSwitcherView extends VBox {

    private static final double ROW_HEIGHT = 36;
    private static final int MAX_ROWS = 6;

    private final ListView<Choice> list = new ListView<>();

    /** @param close closes the switcher once a choice is made */
    public AccountSwitcherView(AccountSwitcherViewModel model, Messages messages, Runnable close) {
        super(8);
        setId("account-switcher");
        getStyleClass().add("account-switcher");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setPrefWidth(460);

        Label title = new Label(messages.get("switcher.title"), new FontIcon(Feather.REPEAT));
        title.getStyleClass().add("title-4");
        Label hint = SignInFields.hint(messages.get("switcher.hint"));

        list.setId("switcher-accounts");
        list.setItems(model.accounts());
        list.setFixedCellSize(ROW_HEIGHT);
        // As tall as its accounts, up to a few, so one account is not a tall empty box.
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(MAX_ROWS, model.accounts().size())) * ROW_HEIGHT + 4, model.accounts()));
        list.setCellFactory(view -> new ChoiceCell(model));
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                choose(model, close);
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                close.run();
                event.consume();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                choose(model, close);
            }
        });

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(18, 18);
        SignInFields.onlyWhen(spinner, model.loadingProperty());
        Label message = SignInFields.hint(model.messageProperty());
        message.setId("switcher-message");
        HBox status = new HBox(8, spinner, message);
        status.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, hint, list, status);
        model.accounts().addListener((javafx.collections.ListChangeListener<Choice>) change -> {
            if (!model.accounts().isEmpty() && list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
    }

    /** Puts the keyboard on the list, so the arrows and Enter work at once. */
    public void focus() {
        list.requestFocus();
    }

    private void choose(AccountSwitcherViewModel model, Runnable close) {
        Choice chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null && model.choose(chosen)) {
            close.run();
        }
    }

    private static final class ChoiceCell extends ListCell<Choice> {
        private final AccountSwitcherViewModel model;

        ChoiceCell(AccountSwitcherViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(Choice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.name().isBlank() ? item.accountId() : item.name());
            name.getStyleClass().add("text-bold");
            Label id = new Label(item.accountId());
            id.getStyleClass().add("muted");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label reach = new Label(model.describe(item));
            reach.getStyleClass().addAll("muted", "switcher-reach");
            HBox row = new HBox(8, name, id, spacer, reach);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
            setAccessibleText(name.getText() + ", " + item.accountId() + ", " + reach.getText());
        }
    }
}
