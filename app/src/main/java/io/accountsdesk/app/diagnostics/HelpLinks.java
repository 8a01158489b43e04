package io.accountsdesk.app.diagnostics;

import io.accountsdesk.app.core.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A row of links under the sign-in card: a user who cannot sign in is the one who most needs to send support the
 * log, and there is no session's menu yet.
 */
public final class HelpLinks extends HBox {

    public HelpLinks(HelpViewModel model, Messages messages) {
        super(4);
        setId("sign-in-help");
        getStyleClass().add("help-links");
        setAlignment(Pos.CENTER_LEFT);
        Label trouble = new Label(messages.get("help.signIn.trouble"));
        trouble.getStyleClass().add("muted");
        Hyperlink logFolder = new Hyperlink(messages.get("action.openLogFolder"), new FontIcon(Feather.FOLDER));
        logFolder.setId("sign-in-open-log-folder");
        logFolder.setOnAction(event -> model.openLogFolder());
        Hyperlink diagnostics = new Hyperlink(messages.get("action.copyDiagnostics"),
                new FontIcon(Feather.CLIPBOARD));
        diagnostics.setId("sign-in-copy-diagnostics");
        diagnostics.disableProperty().bind(model.copyingProperty());
        diagnostics.setOnAction(event -> model.copyDiagnostics());
        getChildren().addAll(trouble, logFolder, diagnostics);
    }
}
