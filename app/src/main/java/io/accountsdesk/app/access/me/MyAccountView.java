package io.accountsdesk.app.access.me;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.ui.FocusInView;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.StatePane;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** My account: who I am and where I have access, my password, and my second factors. */
public final class MyAccountView extends VBox {

    private final MyAccountViewModel model;
    private final Messages messages;
    private PasswordSection password;

    public MyAccountView(MyAccountViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("my-account");
        getStyleClass().addAll("screen", "my-account");
        setSpacing(10);
        getChildren().add(header());
        Region body = model.isPerson() ? personBody() : clientNotice();
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().add(body);
    }

    private HBox header() {
        Label title = new Label(messages.get("nav.myAccount"));
        title.getStyleClass().add("screen-title");
        Label who = new Label();
        who.setId("me-who");
        who.getStyleClass().add("muted");
        who.textProperty().bind(model.whoProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, who, spacer);
        header.setAlignment(Pos.BASELINE_LEFT);
        if (model.isPerson()) {
            Button reload = new Button(messages.get("me.reload"), new FontIcon(Feather.REFRESH_CW));
            reload.setId("me-reload");
            reload.setOnAction(event -> model.reload());
            header.getChildren().add(reload);
        }
        return header;
    }

    /** An API client's session: what this screen is for, and how to get to it. */
    private VBox clientNotice() {
        Label heading = new Label(messages.get("me.client.title"));
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);
        Label text = new Label(messages.get("me.client.text"));
        text.setWrapText(true);
        Label how = new Label(messages.get("me.client.how"));
        how.setWrapText(true);
        how.getStyleClass().add("muted");
        VBox notice = new VBox(10, new FontIcon(Feather.USER_X), heading, text, how);
        notice.setId("me-client-notice");
        notice.getStyleClass().add("me-client-notice");
        notice.setMaxWidth(640);
        return notice;
    }

    private StatePane personBody() {
        password = new PasswordSection(model.password(), messages);
        MfaSection mfa = new MfaSection(model, messages);
        // The second factors first: enrolling an app is the longest task here, and its QR code must be in view.
        VBox left = new VBox(18, section("me.section.mfa", mfa));
        left.setMinWidth(420);
        left.setPrefWidth(560);
        VBox right = new VBox(8, heading("me.section.accounts"), userId(), accounts(),
                section("me.section.password", password));
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox columns = new HBox(28, left, right);
        ScrollPane scroll = FocusInView.follow(new ScrollPane(columns));
        scroll.setFitToWidth(true);
        StatePane state = new StatePane(scroll);
        state.stateProperty().bind(model.stateProperty());
        state.loadingTextProperty().set(messages.get("me.loading"));
        state.errorTitleProperty().set(messages.get("me.error.title"));
        state.errorTextProperty().bind(model.errorProperty());
        state.retryTextProperty().set(messages.get("common.retry"));
        state.setOnRetry(model::reload);
        return state;
    }

    private VBox section(String titleKey, Region content) {
        VBox box = new VBox(8, heading(titleKey), content);
        box.getStyleClass().add("me-section");
        return box;
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private Label userId() {
        Label id = new Label();
        id.setId("me-user-id");
        id.getStyleClass().add("muted");
        id.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.userIdProperty().get().isEmpty() ? ""
                        : messages.format("me.userId", model.userIdProperty().get()), model.userIdProperty()));
        return id;
    }

    private TableView<Membership> accounts() {
        TableView<Membership> table = new TableView<>(model.memberships());
        table.setId("me-accounts");
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("me.column.account"), Membership::accountId),
                Columns.text(messages.get("me.column.name"), Membership::name),
                Columns.date(messages.get("me.column.lastSeen"), Membership::lastSeen,
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())),
                Columns.text(messages.get("me.column.scopes"), Membership::scopes)));
        Label empty = new Label(messages.get("me.accounts.none"));
        empty.getStyleClass().add("muted");
        table.setPlaceholder(empty);
        table.setPrefHeight(160);
        return table;
    }

    /** Where the keyboard starts: the current password, or nothing for an API client's session. */
    public void focusFirst() {
        if (password != null) {
            password.focusFirst();
        }
    }
}
