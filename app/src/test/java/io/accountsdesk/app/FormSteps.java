package io.accountsdesk.app;

import io.accountsdesk.app.accounts.AccountRow;
import io.accountsdesk.app.core.nav.Place;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/**
 * What a user does to a form, for the {@link KilledForm} scenarios: go to a place, type into a field as from the
 * keyboard, tick a box, and read back what a field shows. The same steps run in the process that is killed and in
 * the test that starts the app again.
 */
final class FormSteps {

    private final FxRobot robot;
    private final Supplier<AccountsDeskApp> app;
    private final PeopleSteps people;

    FormSteps(FxRobot robot, Supplier<AccountsDeskApp> app) {
        this.robot = robot;
        this.app = app;
        this.people = new PeopleSteps(robot, app);
    }

    AccountsDeskApp app() {
        return app.get();
    }

    void go(Place place) {
        robot.interact(() -> app.get().workspace().navigator().goTo(place));
    }

    /** Opens the account's tab and waits until the tab says it acts on that account ({@code #approvals-acting-on}). */
    void openAccountTab(String account, String tab) throws Exception {
        go(Place.of("account", "id", account, "tab", tab));
        String actingOn = "#" + tab + "-acting-on";
        AppUnderTest.waitFor("the " + tab + " tab acts on " + account, () -> showing(actingOn)
                && ((Label) node(actingOn)).getText().contains(account));
    }

    void waitShowing(String query) throws Exception {
        AppUnderTest.waitFor(query + " shows", () -> AppUnderTest.showing(robot, query));
    }

    void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        AppUnderTest.waitFor(what, condition);
    }

    void click(String id) throws Exception {
        people.clickWhenUncovered("#" + id);
    }

    /** Focuses the field as Tab would reach it, then types {@code text}; {@code enter} presses Enter after it. */
    void type(String id, String text, boolean enter) throws Exception {
        TextInputControl field = robot.lookup("#" + id).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        AppUnderTest.waitFor("#" + id + " has the focus", field::isFocused);
        robot.write(text);
        if (enter) {
            robot.type(KeyCode.ENTER);
        }
    }

    /** Types {@code text} into a table's cell, which starts editing it, and leaves the cell being edited. */
    void typeInCell(String tableId, int row, int column, String text) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#" + tableId).queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(row, table.getColumns().get(column));
            table.getFocusModel().focus(row, table.getColumns().get(column));
        });
        AppUnderTest.waitFor("#" + tableId + " has the focus", table::isFocused);
        robot.write(text);
    }

    /** What a table's cell shows (the row's value, not an editor's text). */
    Object cellText(String tableId, int row, int column) {
        TableView<?> table = robot.lookup("#" + tableId).queryAs(TableView.class);
        return table.getItems().size() <= row ? null : table.getColumns().get(column).getCellData(row);
    }

    String text(String id) {
        return robot.lookup("#" + id).queryAs(TextInputControl.class).getText();
    }

    boolean ticked(String id) {
        return robot.lookup("#" + id).queryAs(CheckBox.class).isSelected();
    }

    /** Chooses a node of a tree (the price package editor's) by its row, as a click would. */
    void chooseInTree(String id, int row) {
        TreeView<?> tree = robot.lookup("#" + id).queryAs(TreeView.class);
        robot.interact(() -> {
            tree.requestFocus();
            tree.getSelectionModel().select(row);
        });
    }

    /** The first test account of the demo data, as the account list shows it. */
    @SuppressWarnings("unchecked")
    String aTestAccount() throws Exception {
        AppUnderTest.waitFor("the account list shows rows", () -> robot.lookup("#account-list .table-view")
                .tryQuery().map(table -> !((TableView<AccountRow>) table).getItems().isEmpty()).orElse(false));
        TableView<AccountRow> table = robot.lookup("#account-list .table-view").queryAs(TableView.class);
        return table.getItems().stream().map(AccountRow::accountId).filter(id -> id.startsWith("T")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo data has a test account"));
    }

    /** Presses the action button (Open) of the notice whose message holds {@code naming}, as a user would. */
    void pressNoticeAction(String naming) throws Exception {
        AppUnderTest.waitFor("a notice naming " + naming + " offers its action", () -> noticeNaming(naming) != null);
        robot.clickOn(robot.from(noticeNaming(naming)).lookup(".notice-action").queryButton());
    }

    private Node noticeNaming(String naming) {
        return robot.lookup(".notice").queryAllAs(atlantafx.base.controls.Notification.class).stream()
                .filter(notice -> notice.getMessage() != null && notice.getMessage().contains(naming))
                .filter(notice -> !robot.from(notice).lookup(".notice-action").queryAll().isEmpty())
                .findFirst().orElse(null);
    }

    boolean showing(String query) {
        return AppUnderTest.showing(robot, query);
    }

    Node node(String query) {
        return robot.lookup(query).query();
    }
}
