package io.accountsdesk.app.screening;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.shell.FormInputs;
import io.accountsdesk.ui.FocusInView;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.FormGrid;
import io.accountsdesk.ui.StatePane;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The account's screening tab: the form on the left (merchant, principals, where to look), and on the right the
 * results as cards, the history of inquiries with the decisions, and the report of a terminated merchant.
 */
final class ScreeningTabView extends VBox {

    private final ScreeningTabViewModel model;
    private final Messages messages;
    private final TabPane side = new TabPane();
    private final VBox cardList = new VBox(12);

    ScreeningTabView(ScreeningTabViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("account-screening");
        getStyleClass().addAll("tab-body", "screening");
        setSpacing(10);
        Label note = new Label();
        note.setId("screening-message");
        note.getStyleClass().add(Styles.WARNING);
        note.setWrapText(true);
        note.textProperty().bind(model.messageProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        SplitPane split = new SplitPane(formPane(), sidePane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.38);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(toolbar(), note, split);
    }

    private HBox toolbar() {
        Label acting = new Label();
        acting.setId("screening-acting-on");
        acting.setGraphic(new FontIcon(Feather.KEY));
        acting.textProperty().bind(model.actingOnProperty());
        acting.setMinWidth(Region.USE_PREF_SIZE);
        Label current = new Label();
        current.setId("screening-current-decision");
        current.getStyleClass().add("screening-current");
        current.setGraphic(new FontIcon(Feather.FLAG));
        current.textProperty().bind(model.currentDecisionProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refill = new Button(messages.get("screening.refill"), new FontIcon(Feather.ROTATE_CCW));
        refill.setId("screening-refill");
        refill.setOnAction(event -> model.refill());
        refill.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, acting, current, spacer, refill);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    // ---- the form ---------------------------------------------------------------------------------------------------

    private Node formPane() {
        ScreeningForm form = model.form();
        FormGrid company = new FormGrid();
        company.addSection(messages.get("screening.section.merchant"));
        text(company, form.legalName, "screening-legal-name", "business_name · legalName", true);
        text(company, form.tradeName, "screening-trade-name", "trade_name · DBAName", false);
        text(company, form.addressLine, "screening-street", "address_line · streetAddress", true);
        text(company, form.addressLine2, "screening-street2", "address_line_2", false);
        text(company, form.postalCode, "screening-postal-code", "postal_code · zipOrPostalCode", false);
        text(company, form.city, "screening-city", "city", true);
        text(company, form.country, "screening-country", "country (NO → NOR) · countryOrRegion", true);
        text(company, form.phone, "screening-phone", "phone_number · businessPhoneNumbers", false);
        text(company, form.taxId, "screening-tax-id", "taxID · businessRegistrationNumber", false);
        text(company, form.website, "screening-url", "website_url", false);
        text(company, form.email, "screening-email", "businessEmailAddress", false);
        text(company, form.mcc, "screening-mcc", "merchantCategoryCodes", false);
        text(company, form.vmssCategory, "screening-vmss-category", "category", false);
        company.addRow("", FormInputs.check(form.online, messages.get("screening.field.online"), "screening-online"));

        VBox principals = new VBox(6);
        for (int i = 0; i < form.principals.size(); i++) {
            principals.getChildren().add(principal(form.principals.get(i), i));
        }

        FormGrid options = new FormGrid();
        options.addSection(messages.get("screening.section.options"));
        var searchAll = FormInputs.check(form.searchAll, messages.get("screening.option.searchAll"),
                "screening-search-all");
        searchAll.setWrapText(true);
        options.addRow("", searchAll);
        options.addRow(form.regions.label(), regionChoices(form), form.regions.errorProperty());
        text(options, form.countries, "screening-countries", "NOR, SWE, DNK", false);
        text(options, form.minMatches, "screening-min-matches", "1", true);
        text(options, form.pageSize, "screening-page-size", "1–100", true);

        Label formError = FormInputs.formError(form.form(), "screening-form-error");

        VBox content = new VBox(12, company, principals, options, formError);
        content.getStyleClass().add("screening-form");
        ScrollPane scroll = FocusInView.follow(new ScrollPane(content));
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button match = new Button(messages.get("screening.searchMatch"), new FontIcon(Feather.SEARCH));
        match.setId("screening-search-match");
        match.getStyleClass().add(Styles.ACCENT);
        match.disableProperty().bind(model.busyProperty());
        match.setOnAction(event -> {
            model.searchMatch();
            side.getSelectionModel().select(0);
        });
        Button vmss = new Button(messages.get("screening.searchVmss"), new FontIcon(Feather.SEARCH));
        vmss.setId("screening-search-vmss");
        vmss.disableProperty().bind(model.busyProperty());
        vmss.setOnAction(event -> {
            model.searchVmss();
            side.getSelectionModel().select(0);
        });
        HBox actions = new HBox(10, match, vmss);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox pane = new VBox(8, scroll, actions);
        pane.setMinWidth(320);
        // Ctrl/Cmd+Enter searches MATCH from anywhere in the form, as Ctrl/Cmd+Enter sends the other forms.
        pane.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && event.isShortcutDown()) {
                match.fire();
                event.consume();
            }
        });
        return pane;
    }

    /** MATCH's regions as boxes with their names; the form keeps them as the list the request sends. */
    private Node regionChoices(ScreeningForm form) {
        VBox boxes = new VBox(4);
        boxes.setId("screening-regions");
        for (String code : ScreeningForm.REGIONS) {
            javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(
                    messages.get("screening.region." + code));
            box.setId("screening-region-" + code);
            box.setWrapText(true);
            box.setSelected(form.hasRegion(code));
            box.selectedProperty().addListener((obs, was, on) -> {
                if (on != form.hasRegion(code)) {
                    form.region(code, on);
                }
            });
            form.regions.valueProperty().addListener((obs, old, now) -> box.setSelected(form.hasRegion(code)));
            boxes.getChildren().add(box);
        }
        return boxes;
    }

    private TitledPane principal(PrincipalFields fields, int index) {
        FormGrid grid = new FormGrid();
        String id = "screening-p" + (index + 1) + "-";
        text(grid, fields.firstName, id + "first", "first_name · name", false);
        text(grid, fields.lastName, id + "last", "last_name · name", false);
        text(grid, fields.addressLine, id + "street", "address.address_line", false);
        text(grid, fields.postalCode, id + "postal", "address.postal_code", false);
        text(grid, fields.city, id + "city", "address.city", false);
        text(grid, fields.country, id + "country", "address.country", false);
        text(grid, fields.phone, id + "phone", "phone_number · businessPhoneNumber", false);
        text(grid, fields.email, id + "email", "email · businessEmailAddress", false);
        text(grid, fields.nationalId, id + "national-id", "residentIDOrNationalID (VMSS)", false);
        TitledPane pane = new TitledPane();
        pane.setId("screening-principal-" + (index + 1));
        pane.textProperty().bind(Bindings.createStringBinding(() -> fields.inUse()
                        ? messages.format("screening.principal.named", index + 1, fields.fullName() == null ? ""
                        : fields.fullName())
                        : messages.format("screening.principal.empty", index + 1),
                fields.firstName.valueProperty(), fields.lastName.valueProperty()));
        pane.setContent(grid);
        pane.setExpanded(fields.inUse());
        return pane;
    }

    private void text(FormGrid grid, FormField<String> field, String id, String prompt, boolean required) {
        TextField input = FormInputs.text(field, id);
        input.setPromptText(prompt);
        grid.addRow(field.label() + (required ? " *" : ""), input, field.errorProperty());
    }

    // ---- results, history, report -------------------------------------------------------------------------------

    private Node sidePane() {
        side.setId("screening-side");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab results = new Tab(messages.get("screening.tab.results"), resultsPane());
        results.setId("screening-tab-results");
        Tab history = new Tab(messages.get("screening.tab.history"), historyPane());
        history.setId("screening-tab-history");
        Tab report = new Tab(messages.get("screening.tab.terminate"), terminatePane());
        report.setId("screening-tab-terminate");
        side.getTabs().addAll(results, history, report);
        return side;
    }

    private Node resultsPane() {
        Label summary = new Label();
        summary.setId("screening-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Button previous = new Button(messages.get("screening.previous"), new FontIcon(Feather.CHEVRON_LEFT));
        previous.setId("screening-previous");
        previous.disableProperty().bind(model.hasPreviousProperty().not().or(model.busyProperty()));
        previous.setOnAction(event -> model.previousPage());
        Button next = new Button(messages.get("screening.next"), new FontIcon(Feather.CHEVRON_RIGHT));
        next.setId("screening-next");
        next.disableProperty().bind(model.hasNextProperty().not().or(model.busyProperty()));
        next.setOnAction(event -> model.nextPage());
        previous.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox bar = new HBox(8, summary, previous, next);
        bar.setAlignment(Pos.CENTER_LEFT);

        cardList.setId("screening-cards");
        model.cards().addListener((ListChangeListener<ScreeningCard>) change -> showCards());
        showCards();
        ScrollPane scroll = new ScrollPane(cardList);
        scroll.setFitToWidth(true);
        StatePane state = new StatePane(scroll);
        state.stateProperty().bind(model.resultStateProperty());
        state.emptyTitleProperty().bind(Bindings.createStringBinding(() -> messages.get(
                model.referenceProperty().get().isEmpty() ? "screening.empty.notYet" : "screening.empty.none"),
                model.referenceProperty()));
        state.emptyTextProperty().bind(model.summaryProperty());
        state.errorTitleProperty().set(messages.get("screening.error.title"));
        state.errorTextProperty().bind(model.messageProperty());
        VBox.setVgrow(state, Priority.ALWAYS);
        VBox pane = new VBox(8, bar, legend(), state);
        pane.getStyleClass().add("screening-results");
        return pane;
    }

    private HBox legend() {
        HBox legend = new HBox(14);
        legend.getStyleClass().add("screening-legend");
        for (FieldMatch match : List.of(FieldMatch.EXACT, FieldMatch.PHONETIC, FieldMatch.NONE)) {
            Label label = new Label(messages.get(match.key()), ScreeningCardView.icon(match));
            label.getStyleClass().addAll("screening-indicator",
                    "screening-" + match.name().toLowerCase(java.util.Locale.ROOT));
            legend.getChildren().add(label);
        }
        return legend;
    }

    private void showCards() {
        cardList.getChildren().setAll(model.cards().stream().map(card -> new ScreeningCardView(card, messages)).toList());
    }

    private Node historyPane() {
        TableView<ScreeningTabViewModel.HistoryRow> inquiries = new TableView<>(model.history());
        inquiries.setId("screening-history");
        inquiries.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        inquiries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var when = Columns.text(messages.get("screening.history.when"), ScreeningTabViewModel.HistoryRow::when);
        when.setPrefWidth(170);
        var register = Columns.text(messages.get("screening.history.register"),
                (ScreeningTabViewModel.HistoryRow row) -> row.register().name());
        register.setPrefWidth(80);
        var reference = Columns.text(messages.get("screening.history.reference"),
                ScreeningTabViewModel.HistoryRow::reference);
        reference.setPrefWidth(190);
        var matches = Columns.text(messages.get("screening.history.matches"),
                (ScreeningTabViewModel.HistoryRow row) -> String.valueOf(row.total()));
        matches.setPrefWidth(80);
        inquiries.getColumns().setAll(List.of(when, register, reference, matches,
                Columns.text(messages.get("screening.history.by"), ScreeningTabViewModel.HistoryRow::by)));
        inquiries.setPlaceholder(new Label(messages.get("screening.history.none")));
        inquiries.setPrefHeight(110);
        Button reopen = new Button(messages.get("screening.history.reopen"), new FontIcon(Feather.EXTERNAL_LINK));
        reopen.setId("screening-reopen");
        reopen.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            var row = inquiries.getSelectionModel().getSelectedItem();
            return row == null || !row.reopenable();
        }, inquiries.getSelectionModel().selectedItemProperty()).or(model.busyProperty()));
        reopen.setOnAction(event -> {
            model.reopen(inquiries.getSelectionModel().getSelectedItem());
            side.getSelectionModel().select(0);
        });
        inquiries.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && inquiries.getSelectionModel().getSelectedItem() != null) {
                reopen.fire();
            }
        });
        Button refresh = new Button(messages.get("screening.history.refresh"), new FontIcon(Feather.REFRESH_CW));
        refresh.setId("screening-history-refresh");
        refresh.setOnAction(event -> model.loadHistory());
        HBox historyActions = new HBox(8, reopen, refresh);

        VBox pane = new VBox(10, heading("screening.history.title"), inquiries, historyActions,
                heading("screening.decision.title"), decisionForm(), decisionsList());
        pane.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        ScrollPane scroll = FocusInView.follow(new ScrollPane(pane));
        scroll.setId("screening-history-scroll");
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private Node decisionForm() {
        DecisionForm decision = model.decision();
        FormGrid grid = new FormGrid();
        ComboBox<String> outcome = FormInputs.choice(decision.outcome,
                Arrays.stream(Outcome.values()).map(Outcome::id).toList(), true,
                id -> messages.get("screening.outcome." + id), messages.get("screening.decision.choose"),
                "screening-decision-outcome");
        grid.addRow(decision.outcome.label() + " *", outcome, decision.outcome.errorProperty());
        ComboBox<String> reference = new ComboBox<>(model.references());
        reference.setId("screening-decision-reference");
        reference.setMaxWidth(Double.MAX_VALUE);
        reference.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return model.referenceLabel(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        reference.valueProperty().bindBidirectional(decision.reference.valueProperty());
        grid.addRow(decision.reference.label() + " *", reference, decision.reference.errorProperty());
        TextArea reason = FormInputs.area(decision.reason, "screening-decision-reason");
        reason.setPrefRowCount(3);
        grid.addRow(decision.reason.label() + " *", reason, decision.reason.errorProperty());
        Label error = FormInputs.formError(decision.form(), "screening-decision-error");
        Button record = new Button(messages.get("screening.decision.record"), new FontIcon(Feather.CHECK_SQUARE));
        record.setId("screening-decision-record");
        record.getStyleClass().add(Styles.ACCENT);
        record.disableProperty().bind(decision.form().busyProperty());
        record.setOnAction(event -> model.recordDecision());
        record.setMinWidth(Region.USE_PREF_SIZE);
        Label immutable = new Label(messages.get("screening.decision.immutable"));
        immutable.getStyleClass().add("muted");
        immutable.setWrapText(true);
        return new VBox(8, grid, error, new HBox(10, record, immutable));
    }

    /** Each decision with its reason in full: a reason cut to a column's width is no record of why. */
    private Node decisionsList() {
        ListView<ScreeningTabViewModel.DecisionRow> list = new ListView<>(model.decisions());
        list.setId("screening-decisions");
        list.getStyleClass().add("screening-decision-list");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ScreeningTabViewModel.DecisionRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(SUPERSEDED, !empty && item != null && !item.current());
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label head = new Label(messages.format("screening.decision.line", item.outcomeText(),
                        messages.get(item.current() ? "screening.decision.isCurrent" : "screening.decision.superseded"),
                        item.register().name(), item.reference(), item.when(), item.by() == null ? "" : item.by()));
                head.getStyleClass().add("screening-decision-head");
                head.setWrapText(true);
                Label reason = new Label(item.reason());
                reason.setWrapText(true);
                // A label in a list cell wraps only at a width it is given: the list's, less its padding.
                head.prefWidthProperty().bind(view.widthProperty().subtract(36));
                reason.prefWidthProperty().bind(view.widthProperty().subtract(36));
                VBox box = new VBox(2, head, reason);
                setText(null);
                setGraphic(box);
            }
        });
        list.setPlaceholder(new Label(messages.get("screening.decision.none")));
        list.setPrefHeight(150);
        return list;
    }

    private static final javafx.css.PseudoClass SUPERSEDED = javafx.css.PseudoClass.getPseudoClass("superseded");

    private Node terminatePane() {
        TerminationForm t = model.termination();
        Label intro = new Label(messages.get("screening.terminate.intro"));
        intro.setWrapText(true);
        FormGrid grid = new FormGrid();
        ComboBox<String> reason = FormInputs.choice(t.reason, ReasonCodes.REPORTABLE, true,
                code -> ReasonCodes.label(code, messages), messages.get("screening.decision.choose"),
                "screening-terminate-reason");
        grid.addRow(t.reason.label() + " *", reason, t.reason.errorProperty());
        text(grid, t.merchantId, "screening-terminate-merchant-id", "merchant_id", false);
        text(grid, t.merchantCategory, "screening-terminate-mcc", "merchant_category", false);
        ComboBox<String> cat = FormInputs.choice(t.catFlag, List.of("N", "Y"), false,
                flag -> messages.get("screening.terminate.cat." + flag), "", "screening-terminate-cat");
        grid.addRow(t.catFlag.label(), cat, t.catFlag.errorProperty());
        text(grid, t.startDate, "screening-terminate-start", "2021-03-01", false);
        text(grid, t.endDate, "screening-terminate-end", "2025-06-30", false);
        TextArea comment = FormInputs.area(t.comment, "screening-terminate-comment");
        comment.setPrefRowCount(2);
        grid.addRow(t.comment.label(), comment, t.comment.errorProperty());
        TextArea review = new TextArea();
        review.setId("screening-terminate-review");
        review.setEditable(false);
        review.setPrefRowCount(8);
        review.setPromptText(messages.get("screening.terminate.reviewHint"));
        Button check = new Button(messages.get("screening.terminate.review"), new FontIcon(Feather.EYE));
        check.setId("screening-terminate-check");
        check.setOnAction(event -> review.setText(String.join("\n", model.reviewTermination())));
        Button send = new Button(messages.get("screening.terminate.send"), new FontIcon(Feather.ALERT_OCTAGON));
        send.setId("screening-terminate-send");
        send.getStyleClass().add(Styles.DANGER);
        send.disableProperty().bind(t.form().busyProperty());
        send.setOnAction(event -> {
            review.setText(String.join("\n", model.reviewTermination()));
            model.terminate();
        });
        VBox pane = new VBox(10, intro, grid, FormInputs.formError(t.form(), "screening-terminate-error"),
                new HBox(10, check, send), review);
        pane.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        ScrollPane scroll = FocusInView.follow(new ScrollPane(pane));
        scroll.setFitToWidth(true);
        return scroll;
    }

}
