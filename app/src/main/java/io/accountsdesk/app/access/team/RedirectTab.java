package io.accountsdesk.app.access.team;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.access.PeopleInputs;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.shell.FormInputs;
import io.accountsdesk.ui.FieldDecoration;
import io.accountsdesk.ui.FormGrid;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The ID-token redirect: where to, which claims, and the resulting URL shown once. */
final class RedirectTab extends VBox {

    RedirectTab(IdTokenRedirect model, Messages messages) {
        setId("team-redirect");
        getStyleClass().add("tab-body");
        setSpacing(10);
        setMaxWidth(760);
        Label explanation = new Label(messages.get("team.redirect.explanation"));
        explanation.setWrapText(true);
        TextField uri = FormInputs.text(model.uri(), "redirect-uri");
        uri.setPromptText("https://example.com/welcome");
        FieldDecoration.bind(uri, model.uri().errorProperty());
        TextArea custom = FormInputs.area(model.customClaims(), "redirect-custom");
        custom.setPromptText("plan=gold\nregion=north");
        custom.setPrefRowCount(3);
        FieldDecoration.bind(custom, model.customClaims().errorProperty());
        FormGrid grid = new FormGrid();
        grid.addRow(model.uri().label(), uri, model.uri().errorProperty());
        grid.addRow(messages.get("team.redirect.claims"), new HBox(12,
                FormInputs.check(model.name(), model.name().label(), "redirect-claim-name"),
                FormInputs.check(model.email(), model.email().label(), "redirect-claim-email")));
        grid.addRow(model.customClaims().label(), custom, model.customClaims().errorProperty());
        Button create = new Button(messages.get("team.redirect.create"), new FontIcon(Feather.EXTERNAL_LINK));
        create.setId("redirect-create");
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(model.form().busyProperty());
        create.setOnAction(event -> model.create());
        getChildren().addAll(explanation, grid, FormInputs.formError(model.form(), "redirect-error"), create,
                PeopleInputs.shownOnce(model.resultProperty(), messages.get("team.redirect.result"),
                        messages.get("team.redirect.accessible"), model::clear, messages, "redirect-result"));
    }
}
