package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.accountsdesk.app.accounts.AccountRow;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.ui.Banner;
import io.accountsdesk.ui.FieldDecoration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.lang.reflect.Proxy;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The whole app, headless, on the embedded sandbox: the list, the palette, the account page and its edits, the CSV
 * export, and back and forward, driven by keys and clicks as a user would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsDeskAppTest extends AppTestBase {

    static Path exportFile;

    @BeforeAll
    static void launch() throws Exception {
        exportFile = dir.resolve("export/vipps.csv");
        app = AppUnderTest.launch(List.of(
                "--sandbox-data-dir", dir.resolve("sandbox").toString(),
                "--sandbox-accounts", "80",
                "--reset-sandbox",
                "--config-dir", dir.resolve("config").toString(),
                "--lang", "en",
                "--theme", "light"), AccountsDeskAppTest::savingTo);
    }

    /** The real dialogs, but a save chooser that answers with the test's file: native choosers cannot be driven. */
    private static DialogService savingTo(DialogService real) {
        return (DialogService) Proxy.newProxyInstance(DialogService.class.getClassLoader(),
                new Class<?>[] {DialogService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("chooseSaveFile")) {
                        return Optional.of(exportFile);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException thrown) {
                        throw thrown.getCause();
                    }
                });
    }

    private ApiClient client() {
        return app.workspace().services().client();
    }

    private Place place() {
        return app.workspace().navigator().current();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    @Test
    @Order(1)
    void startsOnTheSandboxAndListsAccounts() throws Exception {
        waitFor("the account list shows rows",
                () -> !robot.lookup("#account-list").tryQuery().isEmpty() && !table().getItems().isEmpty());

        assertThat(table().getItems()).hasSize(50);
        waitFor("the rows show their badges", () -> robot.lookup(".table-row-cell .status-badge").queryAll()
                .stream().anyMatch(Node::isVisible));
        Banner banner = robot.lookup("#environment-banner").queryAs(Banner.class);
        assertThat(banner.getLabel().getText()).startsWith("SANDBOX");
        assertThat(text("#signed-in")).startsWith("Signed in as T");
        assertThat(robot.lookup("#nav-accounts").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(app.workspace().screens().made()).as("only the screen opened so far exists")
                .containsOnlyKeys("accounts");
    }

    @Test
    @Order(2)
    void typingInSearchNarrowsTheListAndThePlaceFollows() throws Exception {
        AccountRow target = table().getItems().get(17);
        String term = target.name().split(" ")[0];
        int before = table().getItems().size();

        robot.clickOn("#account-search").write(term);
        waitFor("the search narrows the list", () -> table().getItems().size() < before
                && table().getItems().stream().anyMatch(row -> row.accountId().equals(target.accountId())));

        assertThat(table().getItems()).allSatisfy(row -> assertThat(
                (row.name() + " " + row.accountId() + " " + row.organizationNumber()).toLowerCase())
                .contains(term.toLowerCase()));
        assertThat(place().param("search")).isEqualTo(term);

        robot.type(KeyCode.ESCAPE);
        waitFor("clearing the search restores the first page", () -> table().getItems().size() == 50);
    }

    @Test
    @Order(3)
    void enterOpensTheAccountPageAndBackAndForwardWalkTheHistory() throws Exception {
        AccountRow row = table().getItems().get(0);
        robot.interact(() -> {
            table().requestFocus();
            table().getSelectionModel().select(0);
            table().getFocusModel().focus(0);
        });
        robot.type(KeyCode.ENTER);
        waitFor("the account page shows the account", () -> showing("#account-title")
                && row.name().equals(text("#account-title")));
        assertThat(place()).isEqualTo(Place.of("account", "id", row.accountId()));

        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        waitFor("Alt+Left goes back to the list", () -> place().screen().equals("accounts")
                && showing("#accounts-screen"));
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        waitFor("Alt+Right goes forward to the account", () -> showing("#account-title")
                && place().equals(Place.of("account", "id", row.accountId())));

        // The mouse's back and forward buttons do the same.
        robot.interact(() -> Event.fireEvent(robot.lookup("#shell").query(), mouse(MouseButton.BACK)));
        waitFor("mouse back goes back", () -> place().screen().equals("accounts"));
        robot.interact(() -> Event.fireEvent(robot.lookup("#shell").query(), mouse(MouseButton.FORWARD)));
        waitFor("mouse forward goes forward", () -> place().screen().equals("account"));
    }

    private static MouseEvent mouse(MouseButton button) {
        return new MouseEvent(MouseEvent.MOUSE_PRESSED, 10, 10, 10, 10, button, 1, false, false, false, false,
                false, false, false, false, button == MouseButton.BACK, button == MouseButton.FORWARD, false, false, null);
    }

    @Test
    @Order(4)
    void thePaletteFindsAnAccountByNameAndOpensIt() throws Exception {
        Account target = client().accounts().stream(AccountQuery.all()).skip(7).findFirst().orElseThrow();
        shortcut(KeyCode.K);
        waitFor("Ctrl+K opens the palette", () -> showing("#command-palette")
                && robot.lookup("#palette-field").query().isFocused());

        robot.write(target.name());
        waitFor("the server's search finds the account", () -> robot.lookup("#palette-results")
                .queryListView().getItems().stream()
                .anyMatch(item -> item.toString().contains(target.accountId())));
        robot.interact(() -> app.workspace().palette().results().stream()
                .filter(item -> item.detail().startsWith(target.accountId())).findFirst()
                .ifPresent(item -> app.workspace().palette().selectedProperty()
                        .set(app.workspace().palette().results().indexOf(item))));
        robot.type(KeyCode.ENTER);

        waitFor("the palette opened the account's page", () -> target.name().equals(text("#account-title")));
        assertThat(showing("#command-palette")).isFalse();
        assertThat(place()).isEqualTo(Place.of("account", "id", target.accountId()));
    }

    @Test
    @Order(5)
    void anEditedPhoneIsReviewedSavedAndShown() throws Exception {
        String accountId = place().param("id");
        robot.clickOn("#tab-details");
        waitFor("the details tab shows", () -> showing("#edit-company-phone-number"));
        assertThat(place().param("tab")).isEqualTo("details");
        TextField phone = robot.lookup("#edit-company-phone-number").queryAs(TextField.class);

        // The field may sit below the fold of a small headless window: focus it as Tab would, then type.
        robot.interact(() -> {
            phone.requestFocus();
            phone.selectAll();
        });
        robot.write("+47 22 33 44 55");
        robot.clickOn("#edit-review");
        waitFor("the review lists the change", () -> showing("#review-changes")
                && robot.lookup("#review-changes").queryTableView().getItems().size() == 1);
        robot.clickOn("#edit-save");

        AppUnderTest.waitForServer("the server has the new phone", () -> "+47 22 33 44 55".equals(
                client().accounts().get(accountId).company().phoneNumber()));
        waitFor("the form shows the saved value and nothing unsaved", () -> showing("#edit-company-phone-number")
                && "+47 22 33 44 55".equals(phone.getText())
                && !app.workspace().screens().current().hasUnsavedChanges());
    }

    @Test
    @Order(6)
    void theServersRefusalAppearsOnTheFieldItNames() throws Exception {
        TextField country = robot.lookup("#edit-company-address-country").queryAs(TextField.class);
        TextField org = robot.lookup("#edit-company-organization-number").queryAs(TextField.class);
        robot.interact(() -> {
            country.setText("DE");
            org.setText("DE-HRB-1234567890-1234567890-1234567890");
        });
        robot.clickOn("#edit-review");
        waitFor("the review opens", () -> showing("#edit-save"));
        robot.clickOn("#edit-save");

        waitFor("the field shows the server's message", () -> FieldDecoration.isInvalid(org)
                && robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.isVisible() && label.getText().contains("32")));
        assertThat(org.getText()).as("what was typed stays").isEqualTo("DE-HRB-1234567890-1234567890-1234567890");

        // Leaving now asks first; discarding lets the user go.
        robot.interact(() -> app.workspace().screens().current().discardChanges());
    }

    @Test
    @Order(7)
    void aFilteredViewExportsToCsvAndReadsBack() throws Exception {
        assertThat(app.workspace().screens().current().hasUnsavedChanges()).isFalse();
        robot.interact(() -> app.workspace().navigator().goTo(Place.parse("accounts?connection=vipps")));
        waitFor("the filtered list shows", () -> showing("#accounts-screen") && !table().getItems().isEmpty()
                && table().getItems().stream().allMatch(row -> row.connections().stream()
                .anyMatch(c -> c.connection().equals("vipps"))));
        List<String> expected = client().accounts().stream(AccountQuery.all().withConnections(List.of("vipps"))
                .withLimit(100)).map(Account::accountId).toList();

        shortcut(KeyCode.E);
        waitFor("the file is written", () -> Files.exists(exportFile));

        String text = Files.readString(exportFile, StandardCharsets.UTF_8).substring(1);
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema()).readValues(text)) {
            List<List<String>> all = rows.readAll();
            assertThat(all.get(0).get(0)).isEqualTo("Account id");
            assertThat(all.subList(1, all.size())).extracting(row -> row.get(0)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    @Order(8)
    void theShortcutsHelpListsTheKeysOfThisScreenAndTheApp() throws Exception {
        robot.type(KeyCode.F1);
        waitFor("F1 opens the help", () -> showing("#shortcuts-help"));
        List<String> lines = robot.lookup("#shortcuts-help .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(lines).contains("Command palette", "Export CSV", "Back", "Reload the list");
        robot.type(KeyCode.ESCAPE);
        waitFor("Escape closes it", () -> !showing("#shortcuts-help"));

        shortcut(KeyCode.K);
        waitFor("the palette opens", () -> showing("#command-palette"));
        robot.clickOn("#signed-in");
        waitFor("a click outside closes it", () -> !showing("#command-palette"));
    }

    @Test
    @Order(9)
    void apiCallsOnTheUiThreadAreRefusedBeforeAnyIo() {
        io.accountsdesk.client.ApiConfig config = io.accountsdesk.client.ApiConfig.of("http://127.0.0.1:9/v1",
                "T12300000", new io.accountsdesk.client.ClientCredentials("client", "secret"))
                .withCallGuard(AccountsDeskApp::refuseUiThread);
        try (ApiClient client = ApiClient.create(config)) {
            java.util.concurrent.atomic.AtomicReference<Throwable> onUiThread =
                    new java.util.concurrent.atomic.AtomicReference<>();
            robot.interact(() -> {
                try {
                    client.signIn();
                } catch (RuntimeException refused) {
                    onUiThread.set(refused);
                }
            });
            assertThat(onUiThread.get()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("JavaFX Application Thread");
            org.assertj.core.api.Assertions.assertThatThrownBy(client::signIn)
                    .isInstanceOf(io.accountsdesk.client.http.ApiException.Network.class);
        }
    }

    @Test
    @Order(10)
    void signingOutEndsEveryTaskDebounceAndListenerOfTheSession() throws Exception {
        var workspace = app.workspace();
        var services = workspace.services();
        assertThat(services.events().listenerCount()).as("the list listens for deletions").isPositive();
        robot.clickOn("#account-search").write("debounced");
        assertThat(((io.accountsdesk.app.core.ScopedScheduler) services.scheduler()).pendingCount())
                .as("a search waits for the typing to pause").isPositive();

        robot.clickOn("#switch-environment");
        waitFor("the sign-in screen is back", () -> showing("#sign-in"));

        assertThat(app.workspace()).isNull();
        assertThat(((io.accountsdesk.app.core.ScopedScheduler) services.scheduler()).pendingCount()).isZero();
        assertThat(services.tasks().runningTasks()).isEmpty();
        assertThat(services.events().listenerCount()).isZero();
        assertThat(workspace.screens().made()).isEmpty();
        assertThat(workspace.actions().available()).isEmpty();
    }
}
