package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.tasks.TaskHandle;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.pricing.PricePackageQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pricing in the real app, as a user would work: a package with two products and a currency dimension built in
 * the editor and created, found in the list, compared with a demo package, assigned to an account, and seen on the
 * account's page. The account id and the confirmation are answered through the dialog service (its windows are
 * the framework's, tested on their own).
 */
class PricingAppTest extends AppTestBase {

    private static String accountToAssign;

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(freshSandbox(10), Answering::new);
        waitFor("the account list shows", () -> !new org.testfx.api.FxRobot().lookup("#account-list").tryQuery()
                .isEmpty());
    }

    /** The real dialogs, except the account id asked for and the confirmation, which the test gives. */
    static final class Answering implements DialogService {
        private final DialogService real;

        Answering(DialogService real) {
            this.real = real;
        }

        @Override
        public void showError(String title, String message) {
            real.showError(title, message);
        }

        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            return true;
        }

        @Override
        public boolean confirmTyped(String title, String message, String word, String confirmLabel) {
            return true;
        }

        @Override
        public Optional<String> prompt(String title, String label, String initial) {
            return Optional.ofNullable(accountToAssign);
        }

        @Override
        public void notify(NoticeKind kind, String message) {
            real.notify(kind, message);
        }

        @Override
        public void notify(NoticeKind kind, String message, String actionLabel, Runnable action) {
            real.notify(kind, message, actionLabel, action);
        }

        @Override
        public void showProgress(TaskHandle task) {
            real.showProgress(task);
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileType> types) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseOpenFile(String title, List<FileType> types) {
            return Optional.empty();
        }
    }

    private void typeInto(String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    @SuppressWarnings("unchecked")
    private void chooseNode(int index) {
        TreeView<Object> tree = robot.lookup("#editor-tree").queryAs(TreeView.class);
        robot.interact(() -> {
            tree.requestFocus();
            tree.getSelectionModel().select(index);
        });
    }

    @Test
    void aPackageIsBuiltSavedFoundComparedAssignedAndSeenOnTheAccount() throws Exception {
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("price-package-editor")));
        waitFor("the editor shows", () -> showing("#editor-tree"));
        chooseNode(0);
        typeInto("editor-id", "APP_TEST_PP");
        typeInto("editor-name", "App Test Package");
        typeInto("editor-description", "Built by the app test");
        chooseNode(1);
        typeInto("editor-product-id", "checkout.capture.card");
        // The price's amounts are edited in their cells by keyboard: typing starts, Tab goes on, Enter keeps.
        chooseNode(2);
        waitFor("the amounts table shows", () -> showing("#editor-amounts"));
        focusCell("editor-amounts", 0, 1);
        robot.write("1,25x");
        robot.type(KeyCode.ENTER);
        waitFor("the bad amount is marked on its cell", () -> invalidCell("editor-amounts", 0, 1));
        assertThat(cellText("editor-amounts", 0, 1)).as("what was typed is kept, first key too").isEqualTo("1,25x");
        waitFor("the keyboard is back in the table", () -> robot.lookup("#editor-amounts").queryAs(TableView.class)
                .isFocused());
        focusCell("editor-amounts", 0, 1);
        robot.type(KeyCode.F2);
        waitFor("F2 edits the cell", () -> editing("editor-amounts", 0, 1));
        robot.eraseText(5);
        robot.write("1.25");
        robot.type(KeyCode.TAB);
        waitFor("Tab goes on to edit the rate", () -> editing("editor-amounts", 0, 2));
        robot.write("0.018");
        robot.type(KeyCode.ENTER);
        waitFor("both cells are kept", () -> "1.25".equals(cellText("editor-amounts", 0, 1))
                && "0.018".equals(cellText("editor-amounts", 0, 2)));
        chooseNode(0);
        robot.clickOn("#editor-add");
        waitFor("a second product", () -> app.workspace().services().messages() != null
                && robot.lookup("#editor-tree").queryAs(TreeView.class).getExpandedItemCount() == 7);
        chooseNode(0);
        waitFor("the products table shows both", () -> showing("#editor-products")
                && robot.lookup("#editor-products").queryAs(TableView.class).getItems().size() == 2);
        focusCell("editor-products", 1, 1);
        robot.write("checkout.capture.vipps");
        robot.type(KeyCode.ENTER);
        waitFor("nothing left to fix", () -> robot.lookup("#editor-problems")
                .queryAs(javafx.scene.control.ListView.class).getItems().isEmpty());
        robot.clickOn("#editor-save");
        waitFor("the package is created", () -> robot.lookup("#editor-result").queryAs(Label.class).getText()
                .contains("APP_TEST_PP"));
        AppUnderTest.waitForServer("the server has it", () -> !app.workspace().services().client().pricing()
                .list(PricePackageQuery.all().withPricePackageId("APP_TEST_PP"), null).items().isEmpty());

        robot.interact(() -> app.workspace().navigator().goTo(Place.of("price-packages")));
        waitFor("the list shows", () -> showing("#pricing-table"));
        typeInto("pricing-search", "App Test");
        @SuppressWarnings("unchecked")
        TableView<io.accountsdesk.app.pricing.PricePackagesViewModel.PackageRow> table =
                robot.lookup("#pricing-table").queryAs(TableView.class);
        waitFor("the search finds it", () -> table.getItems().size() == 1
                && table.getItems().get(0).id().equals("APP_TEST_PP"));
        robot.interact(() -> robot.lookup("#pricing-search").queryAs(TextField.class).clear());
        waitFor("every package shows again", () -> table.getItems().size() > 1);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getItems().stream().filter(r -> r.id().equals("APP_TEST_PP")).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
            table.getItems().stream().filter(r -> r.id().equals("NO_DINTERO_PP002")).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        });
        waitFor("two packages are chosen", () -> table.getSelectionModel().getSelectedItems().size() == 2);
        javafx.scene.control.Button compare = robot.lookup("#pricing-compare").queryAs(javafx.scene.control.Button.class);
        assertThat(compare.isDisabled()).as("Compare is offered for two packages").isFalse();
        robot.clickOn(compare);
        waitFor("the comparison opens", () -> app.workspace().navigator().current().screen()
                .equals("price-package-compare"));
        try {
            waitFor("the comparison shows both", () -> showing("#compare-table")
                    && !robot.lookup("#compare-table").queryAs(TableView.class).getItems().isEmpty());
        } catch (AssertionError notShown) {
            throw new AssertionError(notShown.getMessage() + " at " + app.workspace().navigator().current(), notShown);
        }

        Account account = app.workspace().services().client().accounts().list(
                io.accountsdesk.client.accounts.AccountQuery.all().withLimit(1), null).items().get(0);
        accountToAssign = account.accountId();
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("price-packages")));
        waitFor("the list shows again", () -> showing("#pricing-table"));
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getItems().stream().filter(r -> r.id().equals("APP_TEST_PP")).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        });
        robot.clickOn("#pricing-assign");
        waitFor("it is assigned", () -> robot.lookup("#pricing-assign-result").queryAs(Label.class).getText()
                .contains(accountToAssign));
        robot.clickOn("#pricing-assign-open");
        waitFor("the account's page shows the package", () -> showing("#price-package-name")
                && robot.lookup("#price-package-name").queryAs(Label.class).getText().contains("APP_TEST_PP"));
        assertThat(app.workspace().navigator().current())
                .isEqualTo(Place.of("account", "id", accountToAssign, "tab", "overview"));

        // From the account, its package opens in the editor to be read, with the way to copy it.
        robot.clickOn("#price-package-open");
        waitFor("the editor shows the package read-only", () -> showing("#editor-edit-copy")
                && robot.lookup("#editor-note").queryAs(Label.class).getText().contains("APP_TEST_PP"));
        assertThat(robot.lookup("#editor-save").queryAs(javafx.scene.control.Button.class).isVisible()).isFalse();
        assertThat(app.workspace().navigator().current())
                .isEqualTo(Place.of("price-package-editor", "view", "APP_TEST_PP"));
    }

    @SuppressWarnings("unchecked")
    private void focusCell(String tableId, int row, int column) {
        TableView<Object> table = robot.lookup("#" + tableId).queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(row, table.getColumns().get(column));
            table.getFocusModel().focus(row, table.getColumns().get(column));
        });
    }

    private boolean editing(String tableId, int row, int column) {
        var found = robot.lookup("#" + tableId).tryQuery();
        if (found.isEmpty()) {
            return false;
        }
        TableView<?> table = (TableView<?>) found.get();
        var cell = table.getEditingCell();
        return cell != null && cell.getRow() == row && table.getColumns().indexOf(cell.getTableColumn()) == column
                && table.getScene().getFocusOwner() instanceof TextField;
    }

    private boolean invalidCell(String tableId, int row, int column) {
        return robot.lookup("#" + tableId + " .editable-text-cell").queryAll().stream()
                .map(node -> (javafx.scene.control.TableCell<?, ?>) node)
                .anyMatch(cell -> cell.getIndex() == row && cell.getTableView().getColumns().indexOf(
                        cell.getTableColumn()) == column && cell.getPseudoClassStates().stream()
                        .anyMatch(state -> state.getPseudoClassName().equals("invalid")));
    }

    /** The value in a cell, as the table has it (the table is redrawn after each edit, so look it up again). */
    private Object cellText(String tableId, int row, int column) {
        var found = robot.lookup("#" + tableId).tryQuery();
        if (found.isEmpty()) {
            return null;
        }
        TableView<?> table = (TableView<?>) found.get();
        return table.getItems().size() <= row ? null : table.getColumns().get(column).getCellData(row);
    }
}
