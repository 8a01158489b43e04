package io.accountsdesk.app.accounts;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.ui.Badge;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.MultiSelectFilter;
import io.accountsdesk.ui.PagedTableView;
import io.accountsdesk.ui.SearchField;
import io.accountsdesk.ui.StatusVocabulary;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The accounts list: search and filters on top, the paged table, and the actions on the list as a whole (save the
 * view, export it). Enter or a double-click opens the account's page.
 */
public final class AccountsView extends VBox {

    private final AccountListViewModel model;
    private final Messages messages;
    private final SearchField search = new SearchField();
    private final PagedTableView<AccountRow> list = new PagedTableView<>();
    private final java.util.Map<AccountRow.ConnectionBadge, Badge> badgeCache = new java.util.HashMap<>();

    public AccountsView(AccountListViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("screen");
        setId("accounts-screen");
        setSpacing(10);
        VBox listArea = new VBox(refreshBar(), list);
        VBox.setVgrow(listArea, Priority.ALWAYS);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header(), toolbar(), listArea);
        buildTable();
        wireTable();
    }

    private HBox header() {
        Label title = new Label(messages.get("accounts.title"));
        title.getStyleClass().add("screen-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button saveView = new Button(messages.get("accounts.view.save"), new FontIcon(Feather.BOOKMARK));
        saveView.setId("save-view");
        saveView.setOnAction(event -> model.saveView());
        Button export = new Button(messages.get("accounts.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("export-csv");
        export.setTooltip(new Tooltip(messages.get("accounts.export.tooltip")));
        export.setOnAction(event -> model.exportCsv());
        HBox header = new HBox(8, title, spacer, saveView, export);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private HBox toolbar() {
        search.setId("account-search");
        search.setPromptText(messages.get("accounts.search.prompt"));
        search.setPrefWidth(300);
        search.textProperty().bindBidirectional(model.searchProperty());

        MultiSelectFilter<String> connection = filter("filter-connection", messages.get("accounts.filter.connection"),
                FXCollections.observableArrayList(AccountFilters.CONNECTIONS), model.connectionFilter());
        MultiSelectFilter<String> status = filter("filter-status", messages.get("accounts.filter.status"),
                FXCollections.observableArrayList(AccountFilters.CONNECTION_STATUSES), model.connectionStatusFilter());
        status.setConverter(converter(Vocabularies.statuses(messages)::labelOf));
        MultiSelectFilter<String> paymentOption = filter("filter-payment-option",
                messages.get("accounts.filter.paymentOption"),
                FXCollections.observableArrayList(AccountFilters.PAYMENT_OPTIONS), model.paymentOptionFilter());
        MultiSelectFilter<String> manager = filter("filter-manager", messages.get("accounts.filter.manager"),
                model.knownAccountManagers(), model.accountManagerFilter());

        Button clear = new Button(messages.get("accounts.filter.clear"));
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(event -> model.clearFilters());
        clear.disableProperty().bind(model.filtersActiveBinding().not());
        Button reload = new Button(null, new FontIcon(Feather.REFRESH_CW));
        reload.setId("reload");
        reload.getStyleClass().add(Styles.BUTTON_ICON);
        reload.setTooltip(new Tooltip(messages.get("accounts.reload")));
        reload.setOnAction(event -> model.reload());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(search, connection, status, paymentOption, manager, clear, spacer, reload);
        toolbar.getStyleClass().add("toolbar-row");
        return toolbar;
    }

    private ProgressBar refreshBar() {
        ProgressBar refreshing = new ProgressBar();
        refreshing.setMaxWidth(Double.MAX_VALUE);
        refreshing.setPrefHeight(3);
        refreshing.getStyleClass().add(Styles.SMALL);
        refreshing.visibleProperty().bind(model.refreshingProperty());
        return refreshing;
    }

    private void buildTable() {
        list.setId("account-list");
        TableView<AccountRow> table = list.getTable();
        table.setItems(model.rows());
        table.setPlaceholder(new Label(""));
        // Every row is one line: "uniform-rows" fixes their height (the theme's), so scrolling measures none of them.
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, "uniform-rows");
        // Every column but the name keeps the width its content needs; the name takes what is left.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
        TableColumn<AccountRow, String> name = sized(Columns.text(messages.get("accounts.column.name"),
                AccountRow::name), 150);
        // Wide, not endless: the constrained policy gave an endless maximum an endless width when the window was
        // widened, and every column after the name went out of sight.
        name.setMaxWidth(NAME_MOST);
        StatusVocabulary statuses = Vocabularies.statuses(messages);
        table.getColumns().setAll(List.of(
                sized(Columns.text(messages.get("accounts.column.id"), AccountRow::accountId), 108),
                name,
                sized(Columns.text(messages.get("accounts.column.organizationNumber"),
                        AccountRow::organizationNumber), 115),
                sized(Columns.text(messages.get("accounts.column.country"), AccountRow::country), 80),
                sized(Columns.badge(messages.get("accounts.column.progression"), AccountRow::progression,
                        Vocabularies.progressions(messages)), 118),
                sized(Columns.badges(messages.get("accounts.column.connections"), row -> badges(row, statuses)),
                        220),
                sized(Columns.text(messages.get("accounts.column.manager"), AccountRow::accountManager), 228),
                sized(Columns.text(messages.get("accounts.column.created"), AccountRow::created), 106)));
        list.stateProperty().bind(model.stateProperty());
        list.hasMoreProperty().bind(model.hasMoreProperty());
        list.loadingMoreProperty().bind(model.loadingMoreProperty());
        list.summaryTextProperty().bind(model.summaryProperty());
        list.loadMoreTextProperty().set(messages.get("accounts.loadMore"));
        list.setOnLoadMore(model::loadMore);
        list.getStatePane().loadingTextProperty().set(messages.get("accounts.loading"));
        list.getStatePane().emptyTitleProperty().bind(model.emptyTitleProperty());
        list.getStatePane().emptyTextProperty().bind(model.emptyTextProperty());
        list.getStatePane().errorTitleProperty().set(messages.get("accounts.error.title"));
        list.getStatePane().errorTextProperty().bind(model.errorMessageProperty());
        list.getStatePane().retryTextProperty().set(messages.get("common.retry"));
        list.getStatePane().setOnRetry(model::reload);
    }

    private void wireTable() {
        TableView<AccountRow> table = list.getTable();
        table.setRowFactory(view -> {
            TableRow<AccountRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem().accountId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            AccountRow selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                model.open(selected.accountId());
                event.consume();
            }
        });
    }

    /**
     * The row's connections as badges. A table asks again each time a row scrolls into view; there are only a few
     * connection and status pairs, so each badge is made once and shared instead of remade (words and all) per cell.
     */
    private List<Badge> badges(AccountRow row, StatusVocabulary statuses) {
        List<AccountRow.ConnectionBadge> connections = row.connections();
        if (connections.isEmpty()) {
            return List.of();
        }
        Badge[] shown = new Badge[connections.size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = badgeCache.computeIfAbsent(connections.get(i), c -> new Badge(c.connection(),
                    statuses.toneOf(c.status()), c.connection() + ": " + statuses.labelOf(c.status())));
        }
        return List.of(shown);
    }

    /** Puts the cursor in the search box. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Puts the keyboard in the list, so arrows and Enter work at once. */
    public void focusList() {
        list.getTable().requestFocus();
    }

    private static <T> TableColumn<AccountRow, T> sized(TableColumn<AccountRow, T> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setMaxWidth(width);
        return column;
    }

    /** The widest the name column grows: wider than any screen, so it always takes what the others leave. */
    private static final double NAME_MOST = 8000;

    private MultiSelectFilter<String> filter(String id, String title, ObservableList<String> options,
                                             ObservableList<String> selection) {
        MultiSelectFilter<String> filter = new MultiSelectFilter<>();
        filter.setId(id);
        filter.setTitle(title);
        filter.clearTextProperty().set(messages.get("accounts.filter.clearOne"));
        Bindings.bindContent(filter.getOptions(), options);
        Bindings.bindContentBidirectional(filter.getSelected(), selection);
        return filter;
    }

    private static StringConverter<String> converter(Function<String, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return words.apply(value);
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
