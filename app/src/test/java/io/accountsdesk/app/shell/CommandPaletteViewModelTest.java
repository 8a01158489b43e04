package io.accountsdesk.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.ManualScheduler;
import io.accountsdesk.app.core.actions.ActionRegistry;
import io.accountsdesk.app.core.actions.AppAction;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenDescriptor;
import io.accountsdesk.app.preferences.SavedView;
import io.accountsdesk.client.accounts.Account;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.feather.Feather;

/** Ctrl+K against a real sandbox: screens, actions and views match as typed; accounts come from the server. */
class CommandPaletteViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(40);

    @TempDir
    Path configDir;
    private final ManualScheduler scheduler = new ManualScheduler();
    private final ActionRegistry actions = new ActionRegistry();
    private final List<String> ran = new ArrayList<>();
    private TestServices test;
    private CommandPaletteViewModel palette;

    private CommandPaletteViewModel palette() {
        test = TestServices.of(sandbox.session(), configDir, scheduler);
        actions.addGlobal(AppAction.of("theme.cycle", "nav.theme.cycle", "Shortcut+Shift+L", Feather.MOON,
                () -> ran.add("theme")));
        List<ScreenDescriptor> screens = List.of(
                new ScreenDescriptor("accounts", "nav.accounts", Feather.USERS, "Shortcut+1", true),
                new ScreenDescriptor("account", "nav.account", Feather.BRIEFCASE, null, false));
        palette = new CommandPaletteViewModel(test.services, () -> screens, actions);
        palette.show();
        return palette;
    }

    @Test
    void anAccountIsFoundByNameOnceTheTypingPauses() {
        palette();
        Account target = sandbox.account(11);
        String word = target.name().split(" ")[0];

        palette.queryProperty().set(word);
        assertThat(palette.searchingProperty().get()).isTrue();
        assertThat(palette.results()).noneMatch(item -> item.kind() == PaletteItem.Kind.ACCOUNT);
        scheduler.runDue();

        assertThat(palette.searchingProperty().get()).isFalse();
        PaletteItem found = palette.results().stream().filter(item -> item.title().equals(target.name()))
                .findFirst().orElseThrow();
        assertThat(found.kind()).isEqualTo(PaletteItem.Kind.ACCOUNT);
        palette.choose(found);
        assertThat(test.navigator.current()).isEqualTo(Place.of("account", "id", target.accountId()));
        assertThat(palette.openProperty().get()).isFalse();
    }

    @Test
    void anAccountIsFoundByOrganisationNumberToo() {
        palette();
        Account target = sandbox.account(23);
        palette.queryProperty().set(target.company().organizationNumber());
        scheduler.runDue();
        assertThat(palette.results()).anySatisfy(item -> assertThat(item.detail()).startsWith(target.accountId()));
    }

    @Test
    void anAccountIdOpensAtOnceEvenBeforeTheServerAnswers() {
        palette();
        palette.queryProperty().set(sandbox.account(3).accountId().toLowerCase());
        assertThat(palette.results()).first().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(PaletteItem.Kind.ACCOUNT);
            assertThat(item.detail()).isEqualTo(sandbox.account(3).accountId());
        });
        palette.chooseSelected();
        assertThat(test.navigator.current()).isEqualTo(Place.of("account", "id", sandbox.account(3).accountId()));
    }

    @Test
    void screensActionsAndSavedViewsMatchAsTyped() {
        palette();
        test.preferences.update(p -> p.withSavedView(new SavedView("Vipps pending", "accounts?connection=vipps")));
        palette.queryProperty().set("acc");
        assertThat(palette.results()).extracting(PaletteItem::title).contains("Accounts").doesNotContain("Account");

        palette.queryProperty().set("theme");
        palette.chooseSelected();
        assertThat(ran).containsExactly("theme");

        palette.show();
        palette.queryProperty().set("pending");
        assertThat(palette.results()).first().satisfies(item -> assertThat(item.kind()).isEqualTo(PaletteItem.Kind.VIEW));
        palette.chooseSelected();
        assertThat(test.navigator.current()).isEqualTo(Place.parse("accounts?connection=vipps"));
    }

    @Test
    void typingOnCancelsTheSearchForTheEarlierWordAndClosingCancelsAll() {
        palette();
        palette.queryProperty().set("ab");
        palette.queryProperty().set("abc");
        assertThat(scheduler.pendingCount()).as("one search waits: the latest").isEqualTo(1);
        palette.close();
        assertThat(scheduler.pendingCount()).isZero();
        assertThat(palette.searchingProperty().get()).isFalse();
    }

    @Test
    void arrowsMoveTheSelectionRoundTheList() {
        palette();
        int size = palette.results().size();
        assertThat(size).isGreaterThan(1);
        assertThat(palette.selectedProperty().get()).isZero();
        palette.moveSelection(-1);
        assertThat(palette.selectedProperty().get()).isEqualTo(size - 1);
        palette.moveSelection(1);
        assertThat(palette.selectedProperty().get()).isZero();
    }
}
