package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The account list's columns as the window is widened and narrowed again: every column stays in sight when there is
 * room for all, and the name column takes what the others leave.
 *
 * <p>Seen failing before the fix: widened from the headless screen's 960 pixels to 1440, the name column became
 * 9,223,372,036,854,775,807 pixels wide (its endless maximum, under the constrained resize policy) and every column
 * after it went out of sight; the help-menu screenshots of the last stop showed a list of two columns.
 */
class AccountListColumnsAppTest extends AppTestBase {

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(freshSandbox(10), null);
        waitFor("the sandbox session opens", () -> app.workspace() != null);
    }

    private void resize(double width) throws Exception {
        double before = table().getWidth();
        robot.interact(() -> {
            Stage stage = (Stage) Window.getWindows().get(0);
            stage.setWidth(width);
            stage.setHeight(900);
        });
        TableView<?> table = table();
        waitFor("the table is laid out at " + width, () -> table.getWidth() != before);
        robot.interact(() -> { });
    }

    @Test
    void everyColumnShowsAfterTheWindowIsWidenedAndTheNameTakesTheRest() throws Exception {
        waitFor("the list shows accounts", () -> showing("#account-list .table-row-cell"));
        for (double width : new double[] {1440, 1100, 1600}) {
            resize(width);
            TableView<?> table = table();
            double sum = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
            TableColumn<?, ?> name = table.getColumns().get(1);
            double others = sum - name.getWidth();
            if (table.getWidth() >= others + name.getMinWidth()) {
                assertThat(sum).as("all columns fit at %s", width).isLessThanOrEqualTo(table.getWidth());
                assertThat(name.getWidth()).as("the name takes the rest at %s", width)
                        .isGreaterThan(table.getWidth() - others - 40);
            } else {
                assertThat(name.getWidth()).as("the name at its least when there is no room at %s", width)
                        .isEqualTo(name.getMinWidth());
            }
        }
    }
}
