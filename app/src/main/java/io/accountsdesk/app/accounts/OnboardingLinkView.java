package io.accountsdesk.app.accounts;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The onboarding-link tab: what the link is for, a button that makes one, and the link with a copy button. */
final class OnboardingLinkView extends VBox {

    OnboardingLinkView(OnboardingLinkViewModel model, Messages messages) {
        setId("account-link");
        getStyleClass().add("tab-body");
        setSpacing(12);
        setMaxWidth(760);
        setAlignment(Pos.TOP_LEFT);

        Label explanation = new Label(messages.get("link.explanation"));
        explanation.setWrapText(true);
        Button create = new Button(messages.get("link.create"), new FontIcon(Feather.LINK));
        create.setId("link-create");
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(model.busyProperty());
        create.setOnAction(event -> model.create());

        TextField url = new TextField();
        url.setId("link-url");
        url.setEditable(false);
        url.textProperty().bind(model.urlProperty());
        HBox.setHgrow(url, Priority.ALWAYS);
        Button copy = new Button(messages.get("common.copy"), new FontIcon(Feather.COPY));
        copy.setId("link-copy");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(url.getText());
            Clipboard.getSystemClipboard().setContent(content);
            model.copied();
        });
        HBox urlRow = new HBox(8, url, copy);
        urlRow.setAlignment(Pos.CENTER_LEFT);
        urlRow.visibleProperty().bind(model.urlProperty().isNotEmpty());
        urlRow.managedProperty().bind(urlRow.visibleProperty());

        Label made = new Label();
        made.setId("link-made");
        made.getStyleClass().add("muted");
        made.textProperty().bind(model.madeTextProperty());
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        getChildren().addAll(explanation, create, urlRow, made, error);
    }
}
