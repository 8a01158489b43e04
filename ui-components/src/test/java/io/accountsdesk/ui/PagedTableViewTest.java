package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PagedTableViewTest {

    private PagedTableView<String> view;
    private final AtomicInteger loads = new AtomicInteger();

    @Start
    void start(Stage stage) {
        view = new PagedTableView<>();
        TableColumn<String, String> column = new TableColumn<>("Name");
        column.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue()));
        view.getTable().getColumns().add(column);
        view.getTable().getItems().setAll(IntStream.range(0, 60).mapToObj(i -> "row " + i).toList());
        view.setOnLoadMore(loads::incrementAndGet);
        view.summaryTextProperty().set("Showing 60");
        stage.setScene(new Scene(view, 400, 300));
        stage.show();
    }

    @Test
    void loadMoreIsOfferedOnlyWhileThereIsMore(FxRobot robot) {
        assertThat(view.getLoadMoreButton().isVisible()).isFalse();

        robot.interact(() -> view.hasMoreProperty().set(true));
        assertThat(view.getLoadMoreButton().isVisible()).isTrue();
        robot.clickOn(view.getLoadMoreButton());
        assertThat(loads.get()).isEqualTo(1);

        robot.interact(() -> view.loadingMoreProperty().set(true));
        assertThat(view.getLoadMoreButton().isVisible()).as("no second request while one runs").isFalse();
        robot.interact(view::requestMore);
        assertThat(loads.get()).isEqualTo(1);
    }

    @Test
    void scrollingToTheEndLoadsTheNextPage(FxRobot robot) {
        robot.interact(() -> view.hasMoreProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        ScrollBar bar = robot.lookup(".table-view .scroll-bar:vertical").queryAs(ScrollBar.class);
        robot.interact(() -> bar.setValue(bar.getMax() / 2));
        assertThat(loads.get()).isZero();
        robot.interact(() -> bar.setValue(bar.getMax()));
        assertThat(loads.get()).isEqualTo(1);
    }

    @Test
    void theFooterHidesWhileTheTableIsReplacedByAState(FxRobot robot) {
        javafx.scene.Node footer = robot.lookup(".paged-table-footer").query();
        assertThat(footer.isVisible()).isTrue();
        robot.interact(() -> view.stateProperty().set(ContentState.EMPTY));
        assertThat(footer.isVisible()).isFalse();
        assertThat(view.getTable().isVisible()).isFalse();
    }
}
