package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.accounts.AccountPageViewModel;
import io.accountsdesk.app.accounts.AccountRow;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.shell.ModelScreen;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.ui.ContentState;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing of an account page the user has left stays in memory: after opening account after account (each on
 * another tab) and going back to the list, what each page showed is collected. The bench does the same for 50
 * accounts and prints the figures (bench/memory-and-stalls.sh).
 */
class AccountPageCollectedAppTest extends AppTestBase {

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(List.of(
                "--sandbox-data-dir", dir.resolve("sandbox").toString(),
                "--sandbox-accounts", "30",
                "--reset-sandbox",
                "--config-dir", dir.resolve("config").toString(),
                "--lang", "en",
                "--theme", "light"), null);
    }

    private AccountPageViewModel page() {
        return (AccountPageViewModel) ((ModelScreen) app.workspace().screens().made().get("account")).model();
    }

    private void open(String id, String tab) throws Exception {
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("account", "id", id, "tab", tab)));
        waitFor("account " + id + " shows", () -> page().stateProperty().get() == ContentState.READY
                && page().accountProperty().get() != null && id.equals(page().accountProperty().get().accountId())
                && page().pricePackageStateProperty().get() != ContentState.LOADING
                && app.workspace().services().tasks().runningTasks().isEmpty());
    }

    private void backToList() throws Exception {
        robot.interact(() -> app.workspace().navigator().back());
        waitFor("the list shows", () -> "accounts".equals(app.workspace().navigator().current().screen())
                && showing("#account-list"));
    }

    @Test
    void anAccountPageLeftBehindIsCollected() throws Exception {
        waitFor("the account list shows rows",
                () -> !robot.lookup("#account-list").tryQuery().isEmpty() && !table().getItems().isEmpty());
        List<String> ids = table().getItems().stream().limit(7).map(AccountRow::accountId).toList();
        List<String> tabs = List.of("overview", "details", "services", "connections", "events", "link");

        List<WeakReference<Object>> left = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            open(ids.get(i), tabs.get(i));
            Account shown = page().accountProperty().get();
            Object overview = page().overviewProperty().get();
            assertThat(overview).as("the overview of " + ids.get(i)).isNotNull();
            left.add(new WeakReference<>(shown));
            left.add(new WeakReference<>(overview));
            backToList();
        }
        // The page keeps showing the last account it opened (it is made once per session), so one more is opened.
        open(ids.get(6), "overview");
        backToList();
        assertThat(left).as("nothing watched is what the page shows now")
                .noneMatch(ref -> ref.get() == page().accountProperty().get());

        long deadline = System.nanoTime() + 20_000_000_000L;
        while (left.stream().anyMatch(ref -> ref.get() != null) && System.nanoTime() < deadline) {
            System.gc();
            robot.interact(() -> { }); // lets the FX thread run what waits for it (skins let go on the next pulse)
            Thread.sleep(100);
        }
        assertThat(left.stream().filter(ref -> ref.get() != null).count())
                .as("accounts left behind but still reachable").isZero();
    }
}
