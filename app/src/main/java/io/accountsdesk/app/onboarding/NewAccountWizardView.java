package io.accountsdesk.app.onboarding;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.onboarding.NewAccountForm.Input;
import io.accountsdesk.app.onboarding.NewAccountForm.InputKind;
import io.accountsdesk.app.onboarding.NewAccountForm.Step;
import io.accountsdesk.app.onboarding.NewAccountForm.StepKind;
import io.accountsdesk.app.shell.DraftNotice;
import io.accountsdesk.app.shell.FormInputs;
import io.accountsdesk.ui.FocusInView;
import io.accountsdesk.ui.FieldDecoration;
import io.accountsdesk.ui.FormGrid;
import io.accountsdesk.ui.Wizard;
import io.accountsdesk.ui.WizardStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The create-account wizard: a page per step of {@link NewAccountForm}, each saying what still holds the user back,
 * the review with the duplicate check, and once the account exists, the result in place of the wizard.
 */
final class NewAccountWizardView extends BorderPane {

    private final NewAccountWizardViewModel model;
    private final Messages messages;
    private final Wizard wizard = new Wizard();

    NewAccountWizardView(NewAccountWizardViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("new-account");
        getStyleClass().addAll("screen", "new-account");
        createView();
        wireListeners();
    }

    // ---------------------------------------------------------------------------------------------- the view

    private void createView() {
        Label title = new Label(messages.get("onboarding.wizard.title"));
        title.getStyleClass().add("screen-title");
        Button discard = new Button(messages.get("onboarding.wizard.discard"), new FontIcon(Feather.TRASH_2));
        discard.setId("new-account-discard");
        discard.getStyleClass().add(Styles.FLAT);
        discard.setOnAction(event -> model.discard());
        discard.disableProperty().bind(model.createdProperty().isNotNull().or(model.busyProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, discard);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, header, draftNotice());
        top.setPadding(new javafx.geometry.Insets(0, 0, 8, 0));
        setTop(top);

        wizard.backTextProperty().set(messages.get("wizard.back"));
        wizard.nextTextProperty().set(messages.get("wizard.next"));
        wizard.finishTextProperty().set(messages.get("onboarding.wizard.create"));
        wizard.cancelTextProperty().set(messages.get("onboarding.wizard.later"));
        wizard.setId("new-account-wizard");
        List<WizardStep> pages = new ArrayList<>();
        for (Step step : model.application().steps()) {
            pages.add(page(step));
        }
        wizard.getSteps().setAll(pages);

        VBox result = result();
        StackPane body = new StackPane(wizard, result);
        var done = model.createdProperty().isNotNull().or(model.sentProperty().isNotEmpty());
        wizard.visibleProperty().bind(done.not());
        result.visibleProperty().bind(done);
        setCenter(body);
    }

    private Label draftNotice() {
        return DraftNotice.of(model.draftNoticeProperty(), "new-account-draft-notice");
    }

    private WizardStep page(Step step) {
        Node content = switch (step.kind()) {
            case SERVICES -> services(step);
            case INVITES -> invites(step);
            case REVIEW -> review();
            default -> grid(step);
        };
        if (step.kind() == StepKind.REVIEW) {
            return new WizardStep(step.title(), content, model.canCreateProperty());
        }
        Label blockers = new Label();
        blockers.getStyleClass().add("muted");
        blockers.setId("new-account-blockers-" + step.kind().name().toLowerCase(java.util.Locale.ROOT));
        blockers.setWrapText(true);
        blockers.textProperty().bind(step.blockers());
        blockers.visibleProperty().bind(blockers.textProperty().isNotEmpty());
        ScrollPane scroll = FocusInView.follow(new ScrollPane(content));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new WizardStep(step.title(), new VBox(8, scroll, blockers), step.valid());
    }

    private FormGrid grid(Step step) {
        FormGrid grid = new FormGrid();
        grid.setMaxWidth(720);
        grid.addSection(messages.get("onboarding.section." + step.kind().name().toLowerCase(java.util.Locale.ROOT)));
        for (Input input : step.inputs()) {
            Control control = control(input);
            Label label = grid.addRow(input.kind() == InputKind.CHECK ? "" : input.label(), control,
                    input.field().errorProperty());
            if (step.kind() == StepKind.PRICE && input.kind() != InputKind.CHECK) {
                // An existing package, or the fields of one for this account alone: one or the other shows.
                var custom = Bindings.equal(Boolean.TRUE, model.application().customPackage.valueProperty());
                var shown = input.field().path().startsWith("custom_price_package.") ? custom : custom.not();
                for (Node node : List.of(label, control.getParent())) {
                    node.visibleProperty().bind(shown);
                    node.managedProperty().bind(shown);
                }
            }
            if (step.kind() == StepKind.BILLING && input.kind() != InputKind.CHECK
                    && !input.field().path().equals("billing.reference")) {
                // The company's details are billed: the billing's own fields step aside until asked for.
                var own = Bindings.notEqual(Boolean.TRUE, model.application().billingSameAsCompany.valueProperty());
                for (Node node : List.of(label, control.getParent())) {
                    node.visibleProperty().bind(own);
                    node.managedProperty().bind(own);
                }
            }
        }
        if (step.kind() == StepKind.PRICE) {
            Label packages = new Label();
            packages.setId("new-account-packages-message");
            packages.getStyleClass().add("muted");
            packages.setWrapText(true);
            packages.textProperty().bind(model.packagesMessageProperty());
            Label hint = new Label(messages.get("onboarding.price.hint"));
            hint.getStyleClass().add("muted");
            hint.setWrapText(true);
            grid.addRow("", new VBox(4, packages, hint));
        }
        return grid;
    }

    private Control control(Input input) {
        return switch (input.kind()) {
            case TEXT -> FormInputs.text(input.text(), input.id());
            case AREA -> {
                TextArea area = FormInputs.area(input.text(), input.id());
                area.setPrefRowCount(3);
                yield area;
            }
            case CHECK -> FormInputs.check(input.flag(), input.label(), input.id());
            case CHOICE -> input.field().path().equals("price_package")
                    || input.field().path().equals("custom_price_package.products") ? pricePackages(input)
                    : FormInputs.choice(input.text(), input.choices(), true, input.words(),
                    messages.get("common.none"), input.id());
        };
    }

    private ComboBox<String> pricePackages(Input input) {
        ComboBox<String> box = FormInputs.choice(input.text(), model.application().pricePackagesProperty().get(), true,
                input.words(), messages.get(input.field().path().equals("price_package") ? "onboarding.price.own"
                        : "common.none"), input.id());
        model.application().pricePackagesProperty().addListener((obs, old, now) -> {
            String kept = input.text().value();
            List<String> items = new ArrayList<>();
            items.add("");
            items.addAll(now);
            if (kept != null && !kept.isBlank() && !items.contains(kept)) {
                items.add(kept);
            }
            box.getItems().setAll(items);
            box.setValue(kept);
        });
        return box;
    }

    private Node services(Step step) {
        VBox box = new VBox(10);
        box.setMaxWidth(720);
        Label hint = new Label(messages.get("onboarding.services.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        box.getChildren().add(hint);
        addFeatureGroup(box, step, "services.checkout.", messages.get("onboarding.services.checkout"));
        addFeatureGroup(box, step, "services.payout.", messages.get("onboarding.services.payout"));
        return box;
    }

    private void addFeatureGroup(VBox box, Step step, String prefix, String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        heading.setMaxWidth(Double.MAX_VALUE);
        FlowPane flags = new FlowPane(16, 8);
        for (Input input : step.inputs()) {
            if (input.field().path().startsWith(prefix)) {
                CheckBox check = FormInputs.check(input.flag(), input.label(), input.id());
                check.setPrefWidth(160);
                flags.getChildren().add(check);
            }
        }
        box.getChildren().addAll(heading, flags);
    }

    private Node invites(Step step) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("invite-grid");
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setMaxWidth(820);
        String[] headings = {messages.get("onboarding.field.firstName"), messages.get("onboarding.field.lastName"),
                messages.get("onboarding.field.inviteEmail")};
        for (int c = 0; c < headings.length; c++) {
            Label heading = new Label(headings[c]);
            heading.getStyleClass().add("form-label");
            grid.add(heading, c + 1, 0);
        }
        int row = 1;
        for (NewAccountForm.InviteRow invite : model.application().invites()) {
            Label number = new Label(String.valueOf(row));
            number.getStyleClass().add("muted");
            grid.add(number, 0, row * 2 - 1);
            int column = 1;
            for (var field : List.of(invite.firstName(), invite.lastName(), invite.email())) {
                TextField text = FormInputs.text(field, "new-" + field.path().replace('.', '-').replace('_', '-'));
                FieldDecoration.bind(text, field.errorProperty());
                GridPane.setHgrow(text, Priority.ALWAYS);
                grid.add(text, column, row * 2 - 1);
                Label error = new Label();
                error.getStyleClass().add("field-error");
                error.setWrapText(true);
                error.textProperty().bind(field.errorProperty());
                error.visibleProperty().bind(error.textProperty().isNotEmpty());
                error.managedProperty().bind(error.visibleProperty());
                grid.add(error, column, row * 2);
                column++;
            }
            row++;
        }
        FormGrid rest = new FormGrid();
        rest.setMaxWidth(820);
        for (Input input : step.inputs()) {
            String path = input.field().path();
            if (path.equals("invitation_note")) {
                rest.addRow(input.label(), control(input), input.field().errorProperty());
            } else if (path.equals("actions.send_invite")) {
                rest.addRow("", control(input), input.field().errorProperty());
            }
        }
        Label hint = new Label(messages.get("onboarding.invites.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        return new VBox(12, hint, grid, rest);
    }

    private Node review() {
        VBox summary = new VBox(10);
        summary.setId("new-account-summary");
        model.summary().addListener((javafx.collections.ListChangeListener<Map.Entry<String, List<String>>>) c ->
                fillSummary(summary));

        Label duplicatesTitle = new Label(messages.get("onboarding.duplicates.title"));
        duplicatesTitle.getStyleClass().add("section-title");
        duplicatesTitle.setMaxWidth(Double.MAX_VALUE);
        Label duplicatesMessage = new Label();
        duplicatesMessage.setId("new-account-duplicates-message");
        duplicatesMessage.setWrapText(true);
        duplicatesMessage.textProperty().bind(model.duplicates().messageProperty());
        ListView<DuplicateGuard.Candidate> candidates = new ListView<>(model.duplicates().candidates());
        candidates.setId("new-account-duplicates");
        candidates.setPrefHeight(120);
        candidates.setCellFactory(list -> new CandidateCell());
        candidates.visibleProperty().bind(Bindings.isNotEmpty(model.duplicates().candidates()));
        candidates.managedProperty().bind(candidates.visibleProperty());
        CheckBox goOn = new CheckBox(messages.get("onboarding.duplicates.goOn"));
        goOn.setId("new-account-go-on");
        goOn.selectedProperty().bindBidirectional(model.duplicates().goOnProperty());
        goOn.visibleProperty().bind(model.duplicates().stateProperty().isEqualTo(DuplicateGuard.State.FOUND)
                .or(model.duplicates().stateProperty().isEqualTo(DuplicateGuard.State.FAILED)));
        goOn.managedProperty().bind(goOn.visibleProperty());

        Label formError = new Label();
        formError.setId("new-account-form-error");
        formError.getStyleClass().add("form-error");
        formError.setWrapText(true);
        formError.textProperty().bind(model.formErrorProperty());
        formError.visibleProperty().bind(formError.textProperty().isNotEmpty());
        formError.managedProperty().bind(formError.visibleProperty());

        Label otherWays = new Label(messages.get("onboarding.send.title"));
        otherWays.getStyleClass().add("section-title");
        otherWays.setMaxWidth(Double.MAX_VALUE);
        Label otherHint = new Label(messages.get("onboarding.send.hint"));
        otherHint.setWrapText(true);
        otherHint.getStyleClass().add("muted");
        Button prefill = new Button(messages.get("onboarding.send.prefill"), new FontIcon(Feather.SEND));
        prefill.setId("new-account-send-prefill");
        prefill.disableProperty().bind(model.canCreateProperty().not());
        prefill.setOnAction(event -> model.sendPrefill());
        Button signup = new Button(messages.get("onboarding.send.signup"), new FontIcon(Feather.MAIL));
        signup.setId("new-account-start-signup");
        signup.disableProperty().bind(model.canCreateProperty().not());
        signup.setOnAction(event -> model.startSignup());

        VBox box = new VBox(10, summary, duplicatesTitle, duplicatesMessage, candidates, goOn, formError,
                otherWays, otherHint, new HBox(8, prefill, signup));
        box.setMaxWidth(820);
        ScrollPane scroll = FocusInView.follow(new ScrollPane(box));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    private void fillSummary(VBox summary) {
        summary.getChildren().clear();
        for (Map.Entry<String, List<String>> section : model.summary()) {
            Label heading = new Label(section.getKey());
            heading.getStyleClass().add("section-title");
            heading.setMaxWidth(Double.MAX_VALUE);
            summary.getChildren().add(heading);
            for (String line : section.getValue()) {
                Label label = new Label(line);
                label.setWrapText(true);
                summary.getChildren().add(label);
            }
        }
    }

    /** A likely duplicate: its name, id and why, and a link that opens it. */
    private final class CandidateCell extends ListCell<DuplicateGuard.Candidate> {
        @Override
        protected void updateItem(DuplicateGuard.Candidate item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Hyperlink open = new Hyperlink(item.name() == null ? item.accountId() : item.name());
            open.setOnAction(event -> model.openExisting(item));
            Label detail = new Label(item.accountId() + " · " + item.why());
            detail.getStyleClass().add("muted");
            HBox row = new HBox(8, new FontIcon(Feather.ALERT_TRIANGLE), open, detail);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
        }
    }

    private VBox result() {
        Label title = new Label();
        title.textProperty().bind(Bindings.when(model.createdProperty().isNotNull())
                .then(messages.get("onboarding.result.title")).otherwise(messages.get("onboarding.sent.title")));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
        Label which = new Label();
        which.setId("new-account-result");
        which.setWrapText(true);
        which.textProperty().bind(Bindings.createStringBinding(() -> model.createdProperty().get() == null
                ? model.sentProperty().get()
                : messages.format("onboarding.result.which", model.createdProperty().get().name(),
                model.createdProperty().get().accountId()), model.createdProperty(), model.sentProperty()));
        Button open = new Button(messages.get("onboarding.result.open"), new FontIcon(Feather.ARROW_RIGHT));
        open.setId("new-account-open");
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(event -> model.openCreated());
        Button another = new Button(messages.get("onboarding.result.another"), new FontIcon(Feather.PLUS));
        another.setId("new-account-another");
        another.setOnAction(event -> model.startAnother());

        Label linkTitle = new Label(messages.get("onboarding.result.linkTitle"));
        linkTitle.getStyleClass().add("section-title");
        linkTitle.setMaxWidth(Double.MAX_VALUE);
        Label linkHint = new Label(messages.get("onboarding.result.linkHint"));
        linkHint.setWrapText(true);
        linkHint.getStyleClass().add("muted");
        Button make = new Button(messages.get("link.create"), new FontIcon(Feather.LINK));
        make.setId("new-account-make-link");
        make.disableProperty().bind(model.linkBusyProperty());
        make.setOnAction(event -> model.createLink());
        TextField url = new TextField();
        url.setId("new-account-link");
        url.setEditable(false);
        url.textProperty().bind(model.linkProperty());
        HBox.setHgrow(url, Priority.ALWAYS);
        Button copy = new Button(messages.get("common.copy"), new FontIcon(Feather.COPY));
        copy.setId("new-account-copy-link");
        copy.disableProperty().bind(model.linkProperty().isEmpty());
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.linkProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
            model.linkCopied();
        });
        HBox linkRow = new HBox(8, make, url, copy);
        linkRow.setAlignment(Pos.CENTER_LEFT);
        Label linkError = new Label();
        linkError.getStyleClass().add("form-error");
        linkError.setWrapText(true);
        linkError.textProperty().bind(model.linkErrorProperty());

        Label logoTitle = new Label(messages.get("onboarding.result.logoTitle"));
        logoTitle.getStyleClass().add("section-title");
        logoTitle.setMaxWidth(Double.MAX_VALUE);
        Label logoHint = new Label(messages.get("onboarding.result.logoHint"));
        logoHint.setWrapText(true);
        logoHint.getStyleClass().add("muted");
        Button upload = new Button(messages.get("onboarding.result.logoButton"), new FontIcon(Feather.UPLOAD));
        upload.setId("new-account-upload-logo");
        upload.disableProperty().bind(model.logoBusyProperty());
        upload.setOnAction(event -> model.chooseLogo());
        TextField logoUrl = new TextField();
        logoUrl.setId("new-account-logo-url");
        logoUrl.setEditable(false);
        logoUrl.textProperty().bind(model.logoUrlProperty());
        logoUrl.visibleProperty().bind(model.logoUrlProperty().isNotEmpty());
        HBox.setHgrow(logoUrl, Priority.ALWAYS);
        Label logoMessage = new Label();
        logoMessage.setId("new-account-logo-message");
        logoMessage.setWrapText(true);
        logoMessage.textProperty().bind(model.logoMessageProperty());
        HBox logoRow = new HBox(8, upload, logoUrl);
        logoRow.setAlignment(Pos.CENTER_LEFT);

        var accountMade = model.createdProperty().isNotNull();
        for (Node node : List.<Node>of(logoTitle, logoHint, logoRow, logoMessage)) {
            node.visibleProperty().bind(node == logoMessage ? accountMade.and(model.logoMessageProperty().isNotEmpty())
                    : accountMade);
            node.managedProperty().bind(node.visibleProperty());
        }
        for (Node node : List.<Node>of(open, linkTitle, linkHint, linkRow, linkError)) {
            node.visibleProperty().bind(node == linkError ? accountMade.and(model.linkErrorProperty().isNotEmpty())
                    : accountMade);
            node.managedProperty().bind(node.visibleProperty());
        }
        VBox box = new VBox(12, title, which, new HBox(8, open, another), linkTitle, linkHint, linkRow, linkError,
                logoTitle, logoHint, logoRow, logoMessage);
        box.setId("new-account-done");
        box.setMaxWidth(820);
        box.setPadding(new javafx.geometry.Insets(16));
        StackPane.setAlignment(box, Pos.TOP_LEFT);
        return box;
    }

    // ------------------------------------------------------------------------------------------- the listeners

    private void wireListeners() {
        wizard.setOnFinish(model::create);
        wizard.setOnCancel(model::finishLater);
        wizard.currentIndexProperty().addListener((obs, old, index) -> model.stepShown(index.intValue()));
        model.jumpToProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                wizard.goTo(index.intValue());
            }
        });
        model.stepProperty().addListener((obs, old, index) -> {
            if (index.intValue() != wizard.getCurrentIndex()) {
                wizard.goTo(index.intValue());
            }
        });
    }

    /** Where the keyboard starts: the first input of the step on show. */
    void focusFirstInput() {
        wizard.focusFirstInput();
    }
}
