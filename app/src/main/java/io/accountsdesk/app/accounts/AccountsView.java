package io.accountsdesk.app.accounts;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.StatusWords;
import io.accountsdesk.ui.MultiSelectFilter;
import io.accountsdesk.ui.PagedTableView;
import io.accountsdesk.ui.SearchField;
import io.accountsdesk.ui.StatusBadge;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
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
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The accounts screen: search and filters on top, the paged list, and the detail panel that opens beside it on
 * Enter or double-click and closes on Escape.
 */
public final class AccountsView extends VBox {

    private final SearchField search = new SearchField();
    private final PagedTableView<AccountRow> list = new PagedTableView<>();

    public AccountsView(AccountListViewModel model, AccountDetailViewModel detail, Messages messages) {
        getStyleClass().add("screen");
        setId("accounts-screen");

        Label title = new Label(messages.get("accounts.title"));
        title.getStyleClass().add("screen-title");

        search.setId("account-search");
        search.setPromptText(messages.get("accounts.search.prompt"));
        search.setPrefWidth(300);
        search.textProperty().bindBidirectional(model.searchProperty());

        MultiSelectFilter<String> connection = filter("filter-connection", messages.get("accounts.filter.connection"),
                AccountFilters.CONNECTIONS, model.connectionFilter(), messages);
        MultiSelectFilter<String> status = filter("filter-status", messages.get("accounts.filter.status"),
                AccountFilters.CONNECTION_STATUSES, model.connectionStatusFilter(), messages);
        status.setConverter(converter(StatusWords.statuses(messages)));
        MultiSelectFilter<String> paymentOption = filter("filter-payment-option",
                messages.get("accounts.filter.paymentOption"), AccountFilters.PAYMENT_OPTIONS,
                model.paymentOptionFilter(), messages);
        MultiSelectFilter<String> manager = filter("filter-manager", messages.get("accounts.filter.manager"),
                model.knownAccountManagers(), model.accountManagerFilter(), messages);

        Button clear = new Button(messages.get("accounts.filter.clear"));
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(event -> model.clearFilters());
        clear.disableProperty().bind(model.filtersActiveBinding().not());
        Button reload = new Button(null, new FontIcon(Feather.REFRESH_CW));
        reload.setId("reload");
        reload.getStyleClass().add(Styles.BUTTON_ICON);
        reload.setTooltip(new Tooltip(messages.get("accounts.reload")));
        reload.setOnAction(event -> model.reload());
        reloadAction = model::reload;

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(search, connection, status, paymentOption, manager, clear, spacer, reload);
        toolbar.getStyleClass().add("toolbar-row");

        ProgressBar refreshing = new ProgressBar();
        refreshing.setMaxWidth(Double.MAX_VALUE);
        refreshing.setPrefHeight(3);
        refreshing.getStyleClass().add(Styles.SMALL);
        refreshing.visibleProperty().bind(model.refreshingProperty());

        list.setId("account-list");
        list.getTable().setItems(model.rows());
        list.getTable().setPlaceholder(new Label(""));
        list.getTable().getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        // Every column but the name keeps the width its content needs; the name takes what is left.
        list.getTable().setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
        TableColumn<AccountRow, String> name = textColumn(messages.get("accounts.column.name"), AccountRow::name, 150);
        list.getTable().getColumns().setAll(java.util.List.of(
                textColumn(messages.get("accounts.column.id"), AccountRow::accountId, 108),
                name,
                textColumn(messages.get("accounts.column.organizationNumber"), AccountRow::organizationNumber, 115),
                textColumn(messages.get("accounts.column.country"), AccountRow::country, 80),
                progressionColumn(messages),
                connectionsColumn(messages),
                textColumn(messages.get("accounts.column.manager"), AccountRow::accountManager, 228),
                textColumn(messages.get("accounts.column.created"), AccountRow::created, 106)));
        name.setMaxWidth(Double.MAX_VALUE);
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

        TableView<AccountRow> table = list.getTable();
        table.setRowFactory(view -> {
            TableRow<AccountRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    detail.open(row.getItem().accountId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            AccountRow selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                detail.open(selected.accountId());
                event.consume();
            }
        });

        AccountDetailView detailView = new AccountDetailView(detail, messages);
        SplitPane split = new SplitPane(list);
        split.getStyleClass().add("accounts-split");
        detail.openProperty().addListener((obs, wasOpen, isOpen) -> {
            if (isOpen && !split.getItems().contains(detailView)) {
                split.getItems().add(detailView);
                split.setDividerPositions(0.6);
            } else if (!isOpen) {
                split.getItems().remove(detailView);
                table.requestFocus();
            }
        });
        VBox.setVgrow(split, Priority.ALWAYS);

        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && detail.openProperty().get()) {
                detail.close();
                event.consume();
            }
        });

        HBox header = new HBox(title);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox listArea = new VBox(refreshing, split);
        VBox.setVgrow(listArea, Priority.ALWAYS);
        VBox.setVgrow(split, Priority.ALWAYS);
        setSpacing(10);
        getChildren().addAll(header, toolbar, listArea);
    }

    private Runnable reloadAction = () -> { };

    /** Reloads the list from the server (F5). */
    public void reload() {
        reloadAction.run();
    }

    /** Puts the cursor in the search box (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private static MultiSelectFilter<String> filter(String id, String title, ObservableList<String> options,
                                                    ObservableList<String> selection, Messages messages) {
        MultiSelectFilter<String> filter = new MultiSelectFilter<>();
        filter.setId(id);
        filter.setTitle(title);
        filter.clearTextProperty().set(messages.get("accounts.filter.clearOne"));
        Bindings.bindContent(filter.getOptions(), options);
        Bindings.bindContentBidirectional(filter.getSelected(), selection);
        return filter;
    }

    private static MultiSelectFilter<String> filter(String id, String title, java.util.List<String> options,
                                                    ObservableList<String> selection, Messages messages) {
        return filter(id, title, javafx.collections.FXCollections.observableArrayList(options), selection, messages);
    }

    private static javafx.util.StringConverter<String> converter(Function<String, String> words) {
        return new javafx.util.StringConverter<>() {
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

    private static TableColumn<AccountRow, String> textColumn(String title, Function<AccountRow, String> value,
                                                             double width) {
        TableColumn<AccountRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        // Sorting would only reorder the loaded pages, not the list; the server's order is the truth.
        column.setSortable(false);
        return column;
    }

    private static TableColumn<AccountRow, AccountRow> progressionColumn(Messages messages) {
        TableColumn<AccountRow, AccountRow> column = new TableColumn<>(messages.get("accounts.column.progression"));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setPrefWidth(118);
        column.setMinWidth(118);
        column.setSortable(false);
        Function<String, String> words = StatusWords.progressions(messages);
        column.setCellFactory(c -> new TableCell<>() {
            private final StatusBadge badge = new StatusBadge();

            {
                badge.setLabeler(words);
            }

            @Override
            protected void updateItem(AccountRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null || row.progression() == null) {
                    setGraphic(null);
                } else {
                    badge.setStatus(row.progression());
                    setGraphic(badge);
                }
            }
        });
        return column;
    }

    private static TableColumn<AccountRow, AccountRow> connectionsColumn(Messages messages) {
        TableColumn<AccountRow, AccountRow> column = new TableColumn<>(messages.get("accounts.column.connections"));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setPrefWidth(220);
        column.setMinWidth(150);
        column.setSortable(false);
        Function<String, String> words = StatusWords.statuses(messages);
        column.setCellFactory(c -> new TableCell<>() {
            private final HBox badges = new HBox();

            {
                badges.getStyleClass().add("badge-row");
            }

            @Override
            protected void updateItem(AccountRow row, boolean empty) {
                super.updateItem(row, empty);
                badges.getChildren().clear();
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                for (AccountRow.ConnectionBadge connection : row.connections()) {
                    StatusBadge badge = new StatusBadge();
                    badge.setText(connection.connection());
                    badge.setTone(StatusBadge.toneOf(connection.status()));
                    badge.setTooltip(new Tooltip(connection.connection() + ": " + words.apply(connection.status())));
                    badges.getChildren().add(badge);
                }
                setGraphic(badges);
            }
        });
        return column;
    }
}
