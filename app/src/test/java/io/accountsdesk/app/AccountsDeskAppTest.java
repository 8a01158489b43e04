package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.accounts.AccountRow;
import io.accountsdesk.ui.Banner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole app, headless: it starts on the embedded sandbox with no input and the list works end to end. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsDeskAppTest {

    @TempDir
    static Path dir;
    static Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(AccountsDeskApp.class,
                "--sandbox-data-dir", dir.resolve("sandbox").toString(),
                "--sandbox-accounts", "80",
                "--reset-sandbox",
                "--config-dir", dir.resolve("config").toString(),
                "--lang", "en",
                "--theme", "light");
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private TableView<AccountRow> table() {
        return robot.lookup("#account-list .table-view").queryAs(TableView.class);
    }

    private void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException timeout) {
            throw new AssertionError("Timed out waiting until " + what, timeout);
        }
    }

    @Test
    @Order(1)
    void startsOnTheSandboxAndListsAccounts() throws Exception {
        waitFor("the account list shows rows",
                () -> !robot.lookup("#account-list").tryQuery().isEmpty() && !table().getItems().isEmpty());

        assertThat(table().getItems()).hasSize(50);
        // Lookups run beside the FX thread's layout, so ask until a laid-out row shows a visible badge.
        waitFor("the rows show their badges", () -> robot.lookup(".table-row-cell .status-badge").queryAll()
                .stream().anyMatch(Node::isVisible));
        Banner banner = robot.lookup("#environment-banner").queryAs(Banner.class);
        assertThat(banner.getLabel().getText()).startsWith("SANDBOX");
        assertThat(robot.lookup("#signed-in").queryAs(Label.class).getText()).startsWith("Signed in as T");
    }

    @Test
    @Order(2)
    void typingInSearchNarrowsTheList() throws Exception {
        AccountRow target = table().getItems().get(17);
        String term = target.name().split(" ")[0];
        int before = table().getItems().size();

        robot.clickOn("#account-search").write(term);
        waitFor("the search narrows the list", () -> table().getItems().size() < before
                && table().getItems().stream().anyMatch(row -> row.accountId().equals(target.accountId())));

        List<AccountRow> rows = table().getItems();
        assertThat(rows).allSatisfy(row -> assertThat(
                (row.name() + " " + row.accountId() + " " + row.organizationNumber()).toLowerCase())
                .contains(term.toLowerCase()));
    }

    @Test
    @Order(3)
    void enterOpensTheAccountWithItsCompanyName() throws Exception {
        AccountRow row = table().getItems().get(0);
        robot.interact(() -> {
            table().requestFocus();
            table().getSelectionModel().select(0);
            table().getFocusModel().focus(0);
        });
        robot.type(KeyCode.ENTER);

        waitFor("the detail panel shows the account", () -> !robot.lookup("#detail-title").tryQuery().isEmpty()
                && row.name().equals(robot.lookup("#detail-title").queryAs(Label.class).getText()));
        waitFor("the company section is filled", () -> robot.lookup("#account-detail .property-value")
                .queryAllAs(Label.class).stream().anyMatch(label -> label.getText().equals(row.organizationNumber())));

        robot.type(KeyCode.ESCAPE);
        waitFor("Escape closes the panel", () -> robot.lookup("#account-detail").tryQuery().isEmpty());
    }

    @Test
    @Order(4)
    void shortcutsReachSearchAndReload() throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitFor("Ctrl+F focuses the search", () -> robot.lookup("#account-search").query().isFocused());
        robot.type(KeyCode.ESCAPE); // clears the search: the full first page comes back
        waitFor("clearing the search restores the first page", () -> table().getItems().size() == 50);
        java.util.concurrent.atomic.AtomicInteger replaced = new java.util.concurrent.atomic.AtomicInteger();
        javafx.collections.ListChangeListener<AccountRow> listener = change -> replaced.incrementAndGet();
        robot.interact(() -> table().getItems().addListener(listener));
        robot.type(KeyCode.F5);
        waitFor("F5 reloads the list from the server", () -> replaced.get() > 0 && table().getItems().size() == 50);
        robot.interact(() -> table().getItems().removeListener(listener));
    }

    @Test
    @Order(5)
    void doubleClickOpensTheAccountToo() throws Exception {
        AccountRow row = table().getItems().get(0);
        // Cells are recycled, so the scene graph's order is not the list's: find the row showing item 0.
        Node firstRow = robot.lookup(".table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getIndex() == 0).query();
        robot.doubleClickOn(firstRow);
        waitFor("the detail panel opens", () -> !robot.lookup("#detail-title").tryQuery().isEmpty()
                && row.name().equals(robot.lookup("#detail-title").queryAs(Label.class).getText()));
    }

    @Test
    @Order(6)
    void apiCallsOnTheUiThreadAreRefusedBeforeAnyIo() {
        io.accountsdesk.client.ApiConfig config = io.accountsdesk.client.ApiConfig.of("http://127.0.0.1:9/v1",
                "T12300000", new io.accountsdesk.client.ClientCredentials("client", "secret"))
                .withCallGuard(AccountsDeskApp::refuseUiThread);
        try (io.accountsdesk.client.ApiClient client = io.accountsdesk.client.ApiClient.create(config)) {
            java.util.concurrent.atomic.AtomicReference<Throwable> onUiThread = new java.util.concurrent.atomic.AtomicReference<>();
            robot.interact(() -> {
                try {
                    client.signIn();
                } catch (RuntimeException refused) {
                    onUiThread.set(refused);
                }
            });
            assertThat(onUiThread.get()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("JavaFX Application Thread");

            // Off the UI thread the same call goes out and meets the closed port.
            org.assertj.core.api.Assertions.assertThatThrownBy(client::signIn)
                    .isInstanceOf(io.accountsdesk.client.http.ApiException.Network.class);
        }
    }
}
