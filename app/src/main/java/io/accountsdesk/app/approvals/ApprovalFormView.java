package io.accountsdesk.app.approvals;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.shell.FormInputs;
import io.accountsdesk.ui.FocusInView;
import io.accountsdesk.ui.FieldDecoration;
import io.accountsdesk.ui.FormGrid;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** An approvals form beside the lists: its inputs by section, the server's answer, send and close. */
final class ApprovalFormView extends VBox {

    private Control first;

    ApprovalFormView(ApprovalForm model, Messages messages, Runnable close) {
        setId("approvals-form");
        getStyleClass().add("approvals-form");
        setSpacing(8);
        Label title = new Label(model.title());
        title.getStyleClass().add(Styles.TITLE_4);
        Button closeButton = new Button(null, new FontIcon(Feather.X));
        closeButton.setId("approvals-form-close");
        closeButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        closeButton.setOnAction(event -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, title, spacer, closeButton);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(top);
        if (!model.hint().isEmpty()) {
            Label hint = new Label(model.hint());
            hint.setId("approvals-form-hint");
            hint.getStyleClass().add("approvals-hint");
            hint.setWrapText(true);
            hint.setMinHeight(Region.USE_PREF_SIZE);
            hint.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(hint);
        }
        if (model instanceof SellerForm seller && !seller.testOutcomes().isEmpty()) {
            HBox outcomes = new HBox(6);
            outcomes.setAlignment(Pos.CENTER_LEFT);
            outcomes.getChildren().add(new Label(messages.get("approvals.seller.testOutcome")));
            for (String outcome : seller.testOutcomes()) {
                Button use = new Button(outcome);
                // The words are the API's own; an underscore in them is not a keyboard mnemonic.
                use.setMnemonicParsing(false);
                use.setId("approvals-test-" + outcome.toLowerCase(java.util.Locale.ROOT));
                use.getStyleClass().add(Styles.SMALL);
                use.setOnAction(event -> seller.useTestOutcome(outcome));
                outcomes.getChildren().add(use);
            }
            getChildren().add(outcomes);
        }
        FormGrid grid = new FormGrid();
        String section = null;
        javafx.scene.layout.FlowPane boxes = null;
        for (FormInput input : model.inputs()) {
            if (!input.section().equals(section)) {
                section = input.section();
                grid.addSection(section);
                boxes = null;
            }
            if (input.kind() == FormInput.Kind.CHECK) {
                // A section's check boxes flow side by side: twelve payment methods need not be twelve rows.
                if (boxes == null) {
                    boxes = new javafx.scene.layout.FlowPane(14, 6);
                    boxes.getStyleClass().add("approvals-checks");
                    grid.addWide(boxes);
                }
                boxes.getChildren().add(FormInputs.check(input.flag(), input.field().label(), input.id()));
                continue;
            }
            boxes = null;
            add(grid, input, messages);
        }
        ScrollPane scroll = FocusInView.follow(new ScrollPane(grid));
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label formError = FormInputs.formError(model.form(), "approvals-form-error");
        TextField result = FormInputs.result(model.resultProperty(), "approvals-form-result");
        Button send = new Button(messages.get("approvals.send"), new FontIcon(Feather.SEND));
        send.setId("approvals-form-send");
        send.getStyleClass().add(Styles.ACCENT);
        send.disableProperty().bind(model.sendingProperty().or(model.sentProperty()));
        model.sentProperty().addListener((obs, was, sent) -> {
            send.setText(messages.get(sent ? "approvals.sent" : "approvals.send"));
            send.setGraphic(new FontIcon(sent ? Feather.CHECK : Feather.SEND));
        });
        send.setOnAction(event -> model.submit());
        Label keys = new Label(messages.get("approvals.sendHint"));
        keys.getStyleClass().add("muted");
        HBox actions = new HBox(10, send, keys);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(scroll, formError, result, actions);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                model.submit();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                close.run();
                event.consume();
            }
        });
    }

    private void add(FormGrid grid, FormInput input, Messages messages) {
        Control control;
        String label = input.field().label();
        switch (input.kind()) {
            case CHECK -> {
                control = FormInputs.check(input.flag(), label, input.id());
                grid.addRow("", control);
            }
            case CHOICE -> {
                control = FormInputs.choice(input.text(), input.choices(), true, value -> value,
                        messages.get("common.none"), input.id());
                FieldDecoration.bind(control, input.text().errorProperty());
                grid.addRow(label, control, input.text().errorProperty());
            }
            case AREA -> {
                var area = FormInputs.area(input.text(), input.id());
                area.setPrefRowCount(2);
                FieldDecoration.bind(area, input.text().errorProperty());
                grid.addRow(label, area, input.text().errorProperty());
                control = area;
            }
            default -> {
                control = FormInputs.text(input.text(), input.id());
                FieldDecoration.bind(control, input.text().errorProperty());
                grid.addRow(label, control, input.text().errorProperty());
            }
        }
        if (first == null) {
            first = control;
        }
    }

    void focusFirst() {
        if (first != null) {
            first.requestFocus();
        }
    }
}
