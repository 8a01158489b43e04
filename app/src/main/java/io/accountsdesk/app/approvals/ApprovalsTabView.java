package io.accountsdesk.app.approvals;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.client.approvals.ApprovalAction;
import io.accountsdesk.client.approvals.CaseStatus;
import io.accountsdesk.client.approvals.CddProduct;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.StatePane;
import io.accountsdesk.ui.Timeline;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Approvals tab: the account's payments applications, sellers and CDD cases in three tables, the chosen case's
 * history on the timeline below, and the form being filled in beside them.
 */
final class ApprovalsTabView extends VBox {

    private final ApprovalsTabViewModel model;
    private final Messages messages;
    private final DateTimeFormatter when;
    private final StackPane formPane = new StackPane();
    private final SplitPane split = new SplitPane();

    ApprovalsTabView(ApprovalsTabViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(java.time.ZoneId.systemDefault());
        setId("approvals-tab");
        getStyleClass().add("approvals-tab");
        setSpacing(8);
        Label acting = new Label();
        acting.setId("approvals-acting-on");
        acting.getStyleClass().add("muted");
        acting.textProperty().bind(model.actingOnProperty());
        acting.setMinWidth(0);
        acting.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // The buttons first, then whom they act on, in full: the line must not be cut off beside them.
        HBox top = new HBox(8,
                button("approvals-apply", "approvals.apply", Feather.CREDIT_CARD, model::openApply),
                button("approvals-new-seller", "approvals.newSeller", Feather.USER_PLUS, model::openSeller),
                button("approvals-new-cdd", "approvals.newCdd", Feather.FILE_PLUS, model::openCdd),
                button("approvals-refresh", "approvals.refresh", Feather.REFRESH_CW, model::refresh), gap);
        top.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("approvals-message");
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        TabPane lists = new TabPane(
                tab("approvals-payments-tab", "approvals.payments", paymentsTable(), model.payments()),
                tab("approvals-sellers-tab", "approvals.sellers", sellersPane(), model.sellers()),
                tab("approvals-cdd-tab", "approvals.cdd", cddPane(), model.cases()));
        lists.setId("approvals-lists");
        lists.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        StatePane state = new StatePane(lists);
        state.stateProperty().bind(model.stateProperty());
        state.loadingTextProperty().set(messages.get("approvals.loading"));
        state.emptyTitleProperty().set(messages.get("approvals.empty.title"));
        state.emptyTextProperty().set(messages.get("approvals.empty.text"));
        state.errorTitleProperty().set(messages.get("approvals.error.title"));
        state.errorTextProperty().bind(model.messageProperty());
        state.retryTextProperty().set(messages.get("common.retry"));
        state.setOnRetry(model::refresh);

        SplitPane upDown = new SplitPane(state, details());
        upDown.setOrientation(javafx.geometry.Orientation.VERTICAL);
        upDown.setDividerPositions(0.55);
        split.getItems().add(upDown);
        VBox.setVgrow(split, Priority.ALWAYS);
        formPane.setMinWidth(380);
        formPane.setPrefWidth(460);
        model.formProperty().addListener((obs, old, form) -> showForm(form));
        getChildren().addAll(top, acting, message, split);
    }

    private void showForm(ApprovalForm form) {
        formPane.getChildren().clear();
        split.getItems().remove(formPane);
        if (form == null) {
            return;
        }
        ApprovalFormView view = new ApprovalFormView(form, messages, model::closeForm);
        formPane.getChildren().add(view);
        split.getItems().add(formPane);
        split.setDividerPositions(0.58);
        view.focusFirst();
    }

    private Button button(String id, String key, Feather icon, Runnable action) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        // The actions keep their words; the "acting on" line beside them is what gives way.
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    private Tab tab(String id, String key, javafx.scene.Node content, ObservableList<ApprovalCase> items) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        Runnable count = () -> tab.setText(messages.format("approvals.tabCount", messages.get(key), items.size()));
        items.addListener((javafx.collections.ListChangeListener<ApprovalCase>) change -> count.run());
        count.run();
        return tab;
    }

    private TableView<ApprovalCase> table(String id, ObservableList<ApprovalCase> items, String titleKey,
                                          String coversKey) {
        TableView<ApprovalCase> table = new TableView<>(items);
        table.setId(id);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(messages.get(titleKey), ApprovalCase::title),
                Columns.badge(messages.get("approvals.column.status"), ApprovalCase::status,
                        Vocabularies.caseStatuses(messages)),
                Columns.text(messages.get(coversKey), c -> String.join(", ", c.covers())),
                Columns.text(messages.get("approvals.column.since"), c -> c.since() == null ? ""
                        : when.format(c.since())),
                Columns.text(messages.get("approvals.column.link"), c -> c.signatureLink() == null ? ""
                        : c.signatureLink())));
        table.setPlaceholder(new Label(messages.get("approvals.none")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && chosen != model.selectedProperty().get()) {
                model.select(chosen);
            }
        });
        // The model may choose too (the first waiting case on opening): the table shows that choice.
        model.selectedProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && items.contains(chosen) && table.getSelectionModel().getSelectedItem() != chosen) {
                table.getSelectionModel().select(chosen);
            }
        });
        return table;
    }

    private TableView<ApprovalCase> paymentsTable() {
        return table("approvals-payments", model.payments(), "approvals.column.orgNumber", "approvals.column.methods");
    }

    private VBox sellersPane() {
        TableView<ApprovalCase> table = table("approvals-sellers", model.sellers(), "approvals.column.seller",
                "approvals.column.interval");
        Button read = new Button(messages.get("approvals.readSeller"), new FontIcon(Feather.EYE));
        read.setId("approvals-read-seller");
        read.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        read.setOnAction(event -> model.readSeller(table.getSelectionModel().getSelectedItem()));
        Button archive = new Button(messages.get("approvals.archive"), new FontIcon(Feather.ARCHIVE));
        archive.setId("approvals-archive");
        archive.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        archive.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        archive.setOnAction(event -> model.archive(table.getSelectionModel().getSelectedItem()));
        HBox actions = new HBox(8, read, archive);
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(6, table, actions);
    }

    private VBox cddPane() {
        ComboBox<String> product = FilterChoice.of("approvals-filter-product",
                values(CddProduct.KNOWN, CddProduct::value),
                messages.get("approvals.filter.allProducts"), value -> value);
        product.valueProperty().bindBidirectional(model.productFilterProperty());
        TextField seller = new TextField();
        seller.setId("approvals-filter-seller");
        seller.setPromptText(messages.get("approvals.filter.seller"));
        seller.textProperty().bindBidirectional(model.sellerFilterProperty());
        seller.setOnAction(event -> model.refresh());
        ComboBox<String> status = FilterChoice.of("approvals-filter-status",
                values(CaseStatus.KNOWN, CaseStatus::value),
                messages.get("approvals.filter.allStatuses"), model::statusLabel);
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        ComboBox<String> action = FilterChoice.of("approvals-filter-action",
                values(ApprovalAction.KNOWN, ApprovalAction::value),
                messages.get("approvals.filter.allActions"), value -> messages.get("approvals.action." + value));
        action.valueProperty().bindBidirectional(model.actionFilterProperty());
        for (ComboBox<String> box : List.of(product, status, action)) {
            box.valueProperty().addListener((obs, old, now) -> model.refresh());
        }
        HBox filters = new HBox(8, product, seller, status, action);
        filters.setAlignment(Pos.CENTER_LEFT);
        TableView<ApprovalCase> table = table("approvals-cases", model.cases(), "approvals.column.case",
                "approvals.column.products");
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(6, filters, table);
    }

    private static <T> javafx.collections.ObservableList<String> values(List<T> known, Function<T, String> value) {
        return FXCollections.observableArrayList(known.stream().map(value).toList());
    }

    /** The chosen case: its history on the timeline, what can be done with it, its contracts once asked for. */
    private VBox details() {
        Label title = new Label();
        title.setId("approvals-selected");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            ApprovalCase chosen = model.selectedProperty().get();
            return chosen == null ? messages.get("approvals.chooseCase")
                    : messages.get("approvals.kind." + chosen.kind().id()) + " · " + chosen.title() + " · "
                    + model.statusLabel(chosen.status());
        }, model.selectedProperty()));
        Button contracts = new Button(messages.get("approvals.showContracts"), new FontIcon(Feather.FILE_TEXT));
        contracts.setId("approvals-show-contracts");
        contracts.disableProperty().bind(model.selectedProperty().isNull());
        contracts.setOnAction(event -> model.showContracts());
        Button recheck = new Button(messages.get("approvals.recheck"), new FontIcon(Feather.ROTATE_CW));
        recheck.setId("approvals-recheck");
        recheck.disableProperty().bind(model.selectedProperty().isNull());
        recheck.setOnAction(event -> model.recheck(model.selectedProperty().get()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, contracts, recheck);
        head.setAlignment(Pos.CENTER_LEFT);

        Timeline timeline = new Timeline();
        timeline.setId("approvals-timeline");
        timeline.getStyleClass().add("approvals-timeline");
        javafx.beans.binding.Bindings.bindContent(timeline.getLanes(), model.lanes());
        timeline.nowProperty().bind(model.nowProperty());
        timeline.setLocale(messages.locale());
        timeline.emptyTextProperty().set(messages.get("approvals.timeline.empty"));
        timeline.ongoingTextProperty().set(messages.get("approvals.timeline.ongoing"));
        timeline.setMinHeight(90);
        timeline.setPrefHeight(110);

        ListView<String> contractList = new ListView<>(model.contracts());
        contractList.setId("approvals-contracts");
        contractList.setPrefHeight(70);
        contractList.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.contracts()));
        contractList.visibleProperty().bind(contractList.managedProperty());
        TextArea detail = new TextArea();
        detail.setId("approvals-seller-detail");
        detail.setEditable(false);
        detail.setPrefRowCount(5);
        detail.textProperty().bind(model.detailProperty());
        detail.managedProperty().bind(model.detailProperty().isNotEmpty());
        detail.visibleProperty().bind(detail.managedProperty());
        VBox box = new VBox(6, head, timeline, contractList, detail);
        box.getStyleClass().add("approvals-details");
        VBox.setVgrow(timeline, Priority.ALWAYS);
        return box;
    }
}
