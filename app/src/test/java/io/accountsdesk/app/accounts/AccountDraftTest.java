package io.accountsdesk.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.ManualScheduler;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.accounts.Account;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Unsaved typing in the details form survives a closed window: it is kept on disk and offered back. */
class AccountDraftTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(10);

    @TempDir
    Path configDir;

    private AccountPageViewModel open(ManualScheduler scheduler, Account account) {
        AccountPageViewModel page = new AccountPageViewModel(
                TestServices.of(sandbox.session(), configDir, scheduler).services);
        page.activate(Place.of("account", "id", account.accountId()));
        return page;
    }

    @Test
    void typingIsKeptAndOfferedBackNextTime() {
        Account account = sandbox.account(1);
        ManualScheduler scheduler = new ManualScheduler();
        AccountPageViewModel first = open(scheduler, account);
        assertThat(scheduler.pendingCount()).as("filling the form is not typing").isZero();

        first.edit().displayName.set("Typed before the crash");
        scheduler.runDue();

        AccountPageViewModel second = open(new ManualScheduler(), account);
        assertThat(second.edit().displayName.value()).isEqualTo("Typed before the crash");
        assertThat(second.hasUnsavedChanges()).isTrue();
        assertThat(second.edit().draftNoticeProperty().get()).startsWith("Put back changes you had not saved");
        assertThat(sandbox.session().client().accounts().get(account.accountId()).company().displayName())
                .as("a draft is not a save").isEqualTo(account.company().displayName());
    }

    @Test
    void savingOrDiscardingEndsTheDraft() {
        Account account = sandbox.account(2);
        ManualScheduler scheduler = new ManualScheduler();
        AccountPageViewModel page = open(scheduler, account);
        page.edit().displayName.set("Saved for real");
        scheduler.runDue();
        page.edit().review();
        page.edit().save();
        assertThat(open(new ManualScheduler(), account).hasUnsavedChanges()).as("nothing left to offer").isFalse();

        Account other = sandbox.account(3);
        AccountPageViewModel editing = open(scheduler, other);
        editing.edit().industry.set("Thrown away");
        scheduler.runDue();
        editing.discardChanges();
        AccountPageViewModel again = open(new ManualScheduler(), other);
        assertThat(again.hasUnsavedChanges()).isFalse();
        assertThat(again.edit().draftNoticeProperty().get()).isEmpty();
    }

    @Test
    void draftsOfOneAccountStayWithIt() {
        ManualScheduler scheduler = new ManualScheduler();
        AccountPageViewModel page = open(scheduler, sandbox.account(4));
        page.edit().displayName.set("Only for the fourth");
        scheduler.runDue();

        AccountPageViewModel another = open(new ManualScheduler(), sandbox.account(5));
        assertThat(another.hasUnsavedChanges()).isFalse();
    }
}
