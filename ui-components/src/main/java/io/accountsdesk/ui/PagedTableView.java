package io.accountsdesk.ui;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A table for cursor-paged data: the rows, a footer that says how many are shown and offers "Load more", and the
 * loading / empty / error states of a {@link StatePane}. Scrolling to the bottom loads the next page by itself, so
 * keyboard and mouse users get the same behaviour as the button.
 */
public class PagedTableView<T> extends BorderPane {

    private final TableView<T> table = new TableView<>();
    private final StatePane statePane = new StatePane(table);
    private final BooleanProperty hasMore = new SimpleBooleanProperty(this, "hasMore");
    private final BooleanProperty loadingMore = new SimpleBooleanProperty(this, "loadingMore");
    private final StringProperty summaryText = new SimpleStringProperty(this, "summaryText", "");
    private final StringProperty loadMoreText = new SimpleStringProperty(this, "loadMoreText", "Load more");
    private final ObjectProperty<Runnable> onLoadMore = new SimpleObjectProperty<>(this, "onLoadMore");
    private final Button loadMoreButton = new Button();

    public PagedTableView() {
        getStyleClass().add("paged-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Label summary = new Label();
        summary.textProperty().bind(summaryText);
        summary.getStyleClass().add("paged-table-summary");

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(16, 16);
        spinner.visibleProperty().bind(loadingMore);
        spinner.managedProperty().bind(spinner.visibleProperty());

        loadMoreButton.textProperty().bind(loadMoreText);
        loadMoreButton.getStyleClass().add("paged-table-load-more");
        loadMoreButton.visibleProperty().bind(hasMore.and(loadingMore.not()));
        loadMoreButton.managedProperty().bind(loadMoreButton.visibleProperty());
        loadMoreButton.setOnAction(event -> requestMore());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, summary, spacer, spinner, loadMoreButton);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("paged-table-footer");
        footer.visibleProperty().bind(statePane.stateProperty().isEqualTo(ContentState.READY));
        footer.managedProperty().bind(footer.visibleProperty());

        setCenter(statePane);
        setBottom(footer);

        table.skinProperty().addListener((obs, old, skin) -> Platform.runLater(this::watchScrolling));
    }

    /** Loads the next page when the user reaches the last rows. */
    private void watchScrolling() {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                bar.valueProperty().addListener((obs, old, value) -> {
                    if (bar.isVisible() && value.doubleValue() >= bar.getMax() - 0.001) {
                        requestMore();
                    }
                });
            }
        }
    }

    /** Asks for the next page, unless there is none or one is already on its way. */
    public void requestMore() {
        Runnable action = onLoadMore.get();
        if (action != null && hasMore.get() && !loadingMore.get()) {
            action.run();
        }
    }

    public TableView<T> getTable() {
        return table;
    }

    public StatePane getStatePane() {
        return statePane;
    }

    public Button getLoadMoreButton() {
        return loadMoreButton;
    }

    public ObjectProperty<ContentState> stateProperty() {
        return statePane.stateProperty();
    }

    public BooleanProperty hasMoreProperty() {
        return hasMore;
    }

    public BooleanProperty loadingMoreProperty() {
        return loadingMore;
    }

    public StringProperty summaryTextProperty() {
        return summaryText;
    }

    public StringProperty loadMoreTextProperty() {
        return loadMoreText;
    }

    public ObjectProperty<Runnable> onLoadMoreProperty() {
        return onLoadMore;
    }

    public void setOnLoadMore(Runnable value) {
        onLoadMore.set(value);
    }
}
