package io.accountsdesk.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountEventQuery;
import io.accountsdesk.client.accounts.NewAccountEvent;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.ui.ContentState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The account page's view models against a real sandbox, on the synchronous runner: each operation for real. */
class AccountPageViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(60);

    @TempDir
    Path configDir;

    private TestServices test() {
        return TestServices.of(sandbox.session(), configDir);
    }

    private static AccountPageViewModel open(TestServices test, Account account) {
        AccountPageViewModel page = new AccountPageViewModel(test.services);
        page.activate(Place.of("account", "id", account.accountId()));
        return page;
    }

    /** What the page tells the other screens, as they would hear it. */
    private static List<Object> heard(TestServices test, Class<?> type) {
        List<Object> heard = new ArrayList<>();
        test.services.events().subscribe(type, heard::add);
        return heard;
    }

    private static Account withConnectionsAndCaptures() {
        return sandbox.accounts().stream().filter(a -> !a.connections().isEmpty() && a.statistics() != null
                && a.statistics().checkoutCaptures() != null && !a.statistics().checkoutCaptures().isEmpty())
                .findFirst().orElseThrow();
    }

    @Test
    void openingShowsTheAccountItsOverviewItsConnectionsAndItsPricePackage() {
        Account account = withConnectionsAndCaptures();
        TestServices test = test();
        AccountPageViewModel page = new AccountPageViewModel(test.services);

        page.activate(Place.of("account", "id", account.accountId(), "tab", "connections"));

        assertThat(page.stateProperty().get()).isEqualTo(ContentState.READY);
        assertThat(page.titleProperty().get()).isEqualTo(account.name());
        assertThat(page.tabProperty().get()).isEqualTo(AccountTab.CONNECTIONS);
        AccountOverview overview = page.overviewProperty().get();
        assertThat(overview.facts()).contains(new AccountOverview.Fact("Account id", account.accountId()));
        assertThat(overview.captures()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.volume()).isPositive());
        assertThat(page.accountIdProperty().get()).isEqualTo(account.accountId());
        assertThat(page.pricePackageStateProperty().get()).isEqualTo(ContentState.READY);
        assertThat(page.pricePackageProperty().get().id()).isEqualTo(account.pricePackage());
        page.openPricePackage();
        assertThat(test.navigator.current()).isEqualTo(Place.of("price-package-editor", "view", account.pricePackage()));
        assertThat(page.events().stateProperty().get()).as("events wait until their tab is looked at")
                .isEqualTo(ContentState.LOADING);
        page.selectTab(AccountTab.EVENTS);
        assertThat(page.events().stateProperty().get()).isIn(ContentState.READY, ContentState.EMPTY);
    }

    @Test
    void anAccountWithoutAPricePackageSaysSoQuietly() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        Account bare = io.accountsdesk.app.TestAccounts.fresh(sandbox, "No Package AS");
        AccountPageViewModel page = new AccountPageViewModel(test.services);
        page.activate(Place.of("account", "id", bare.accountId()));
        assertThat(page.pricePackageStateProperty().get()).isEqualTo(ContentState.EMPTY);
        assertThat(page.pricePackageMessageProperty().get()).contains("No price package");
        assertThat(test.activity.lastFailureProperty().get()).as("a missing package is no failure to report")
                .isNullOrEmpty();
    }

    @Test
    void changingTabMovesThePlaceWithoutAHistoryEntry() {
        TestServices test = test();
        AccountPageViewModel page = new AccountPageViewModel(test.services);
        Place first = Place.of("account", "id", sandbox.account(1).accountId());
        test.navigator.goTo(Place.of("accounts"));
        test.navigator.goTo(first);
        page.activate(first);

        page.selectTab(AccountTab.EVENTS);

        assertThat(test.navigator.current()).isEqualTo(first.with("tab", "events"));
        assertThat(test.navigator.backHistory()).containsExactly(Place.of("accounts"));
    }

    @Test
    void anEditedPhoneIsReviewedSavedAndShownEverywhere() {
        TestServices test = test();
        Account account = sandbox.account(2);
        List<Object> published = heard(test, AccountChanged.class);
        AccountPageViewModel page = open(test, account);
        AccountEditViewModel edit = page.edit();

        edit.companyPhone.set("+47 22 33 44 55");
        assertThat(page.hasUnsavedChanges()).isTrue();
        assertThat(edit.review()).isTrue();
        assertThat(edit.changes()).singleElement().satisfies(change -> {
            assertThat(change.label()).isEqualTo("Company · Phone");
            assertThat(change.before()).isEqualTo(account.company().phoneNumber());
            assertThat(change.after()).isEqualTo("+47 22 33 44 55");
        });
        edit.save();

        Account stored = sandbox.client().accounts().get(account.accountId());
        assertThat(stored.company().phoneNumber()).isEqualTo("+47 22 33 44 55");
        assertThat(stored.company().businessName()).as("the rest is kept").isEqualTo(account.company().businessName());
        assertThat(stored.applicant().email()).isEqualTo(account.applicant().email());
        assertThat(edit.companyPhone.value()).isEqualTo("+47 22 33 44 55");
        assertThat(page.hasUnsavedChanges()).isFalse();
        assertThat(edit.reviewingProperty().get()).isFalse();
        assertThat(published).singleElement().isEqualTo(new AccountChanged(stored));
        assertThat(test.dialogs.notices()).contains("Saved account " + account.accountId() + ".");
    }

    @Test
    void theServersRefusalShowsOnTheFieldItNames() {
        TestServices test = test();
        Account account = sandbox.account(3);
        AccountPageViewModel page = open(test, account);
        AccountEditViewModel edit = page.edit();
        // The app cannot check a German number, and its length limit is the server's own: only the server refuses.
        edit.companyAddress.country().set("DE");
        edit.organizationNumber.set("DE-HRB-1234567890-1234567890-1234567890");

        assertThat(edit.review()).isTrue();
        edit.save();

        assertThat(edit.organizationNumber.errorProperty().get()).contains("32");
        assertThat(edit.form().formErrorProperty().get()).isEqualTo(test.messages.get("form.error.fields"));
        assertThat(edit.organizationNumber.value()).as("nothing typed is lost")
                .isEqualTo("DE-HRB-1234567890-1234567890-1234567890");
        assertThat(sandbox.client().accounts().get(account.accountId()).company().organizationNumber())
                .isEqualTo(account.company().organizationNumber());
    }

    @Test
    void invalidInputNeverReachesTheServer() {
        TestServices test = test();
        Account account = sandbox.account(4);
        AccountPageViewModel page = open(test, account);
        page.edit().applicantEmail.set("not an address");
        page.edit().companyAddress.country().set("NO");
        page.edit().organizationNumber.set("923609017");

        assertThat(page.edit().review()).isFalse();

        assertThat(page.edit().applicantEmail.errorProperty().get()).isEqualTo(test.messages.get("validation.email"));
        assertThat(page.edit().organizationNumber.errorProperty().get()).contains("Norway");
        assertThat(sandbox.client().accounts().get(account.accountId()).applicant().email())
                .isEqualTo(account.applicant().email());
        page.discardChanges();
        assertThat(page.hasUnsavedChanges()).isFalse();
    }

    @Test
    void deletingAsksFirstAndThenTheAccountIsGoneFromTheList() {
        TestServices test = test();
        Account account = sandbox.account(50);
        AccountPageViewModel page = new AccountPageViewModel(test.services);
        List<Object> published = heard(test, AccountDeleted.class);
        test.navigator.goTo(Place.of("accounts"));
        test.navigator.goTo(Place.of("account", "id", account.accountId()));
        page.activate(test.navigator.current());

        test.dialogs.confirmAnswer = false;
        page.delete();
        assertThat(sandbox.client().accounts().get(account.accountId()).accountId()).isEqualTo(account.accountId());
        assertThat(test.dialogs.of("typed")).as("a test partner needs no typing").isEmpty();

        test.dialogs.confirmAnswer = true;
        page.delete();
        assertThatThrownBy(() -> sandbox.client().accounts().get(account.accountId()))
                .isInstanceOf(ApiException.NotFound.class);
        assertThat(published).containsExactly(new AccountDeleted(account.accountId()));
        assertThat(test.navigator.current()).isEqualTo(Place.of("accounts"));
    }

    @Test
    void aNoteIsAddedOnTopAndOlderEventsComeAPageAtATime() {
        TestServices test = test();
        Account account = sandbox.account(5);
        for (int i = 1; i <= AccountEventsViewModel.PAGE_SIZE + 3; i++) {
            sandbox.client().accounts().addEvent(account.accountId(), NewAccountEvent.comment("Older note " + i));
        }
        AccountPageViewModel page = open(test, account);
        page.selectTab(AccountTab.EVENTS);
        AccountEventsViewModel events = page.events();
        assertThat(events.rows()).hasSize(AccountEventsViewModel.PAGE_SIZE);
        assertThat(events.hasMoreProperty().get()).isTrue();
        events.loadMore();
        assertThat(events.rows()).hasSize(AccountEventsViewModel.PAGE_SIZE + 3);

        events.addNote();
        assertThat(events.note().errorProperty().get()).as("an empty note is not sent").isEqualTo("Required.");

        events.note().set("Called the merchant: Vipps contract signed on paper, scan follows.");
        events.addNote();

        assertThat(events.rows().get(0).body()).isEqualTo("Called the merchant: Vipps contract signed on paper, scan follows.");
        assertThat(events.rows().get(0).type()).isEqualTo("Note");
        assertThat(events.note().value()).isEmpty();
        assertThat(sandbox.client().accounts().events(account.accountId(), AccountEventQuery.all().withLimit(1), null).items())
                .singleElement().satisfies(e -> assertThat(e.body()).startsWith("Called the merchant"));

        // A feature's own bracketed lines are for the app; the list shows the lines around them.
        sandbox.client().accounts().addEvent(account.accountId(), NewAccountEvent.comment(
                "Screening decision: escalate\nListed under a similar name\n[screening-sent {\"name\":\"x\"}]\n"
                        + "[screening kind=decision outcome=escalate register=match ref=1]"));
        events.reload();
        assertThat(events.rows().get(0).body()).isEqualTo("Screening decision: escalate\nListed under a similar name");
        assertThat(AccountEventsViewModel.readable("Call back\n[urgent]")).as("a person's brackets stay")
                .isEqualTo("Call back\n[urgent]");
    }

    @Test
    void anOnboardingLinkIsMadeShownWithWhenAndKeptForTheSession() {
        TestServices test = test();
        AccountPageViewModel page = new AccountPageViewModel(test.services);
        page.activate(Place.of("account", "id", sandbox.account(6).accountId()));
        OnboardingLinkViewModel link = page.link();
        assertThat(link.urlProperty().get()).isEmpty();

        link.create();

        assertThat(link.urlProperty().get()).startsWith("https://").contains(sandbox.account(6).accountId());
        assertThat(link.madeTextProperty().get()).startsWith("Made ");
        assertThat(link.errorProperty().get()).isEmpty();
        String made = link.urlProperty().get();

        page.activate(Place.of("account", "id", sandbox.account(7).accountId()));
        assertThat(link.urlProperty().get()).as("another account has its own link").isEmpty();
        page.activate(Place.of("account", "id", sandbox.account(6).accountId()));
        assertThat(link.urlProperty().get()).isEqualTo(made);
    }

    @Test
    void askingForAFeatureIsSavedAsTheSeedsRequest() {
        TestServices test = test();
        Account account = sandbox.account(8);
        AccountPageViewModel page = open(test, account);
        AccountServicesViewModel services = page.servicesTab();
        AccountServicesViewModel.FeatureRow googlePay = services.features().stream()
                .filter(row -> row.feature().equals("googlepay")).findFirst().orElseThrow();
        assertThat(googlePay.requested().value()).isFalse();

        googlePay.requested().set(true);
        services.save();

        assertThat(test.dialogs.of("confirm")).singleElement()
                .satisfies(asked -> assertThat(asked.message()).contains("Checkout · Google Pay: Not requested → Requested"));
        Account stored = sandbox.client().accounts().get(account.accountId());
        assertThat(stored.servicesByName().get("checkout").featureStatuses().get("googlepay").requested())
                .isEqualTo("enable");
        assertThat(services.form().isDirty()).isFalse();
    }

    @Test
    void anAccountThatDoesNotExistIsAnErrorThatNamesIt() {
        AccountPageViewModel page = new AccountPageViewModel(test().services);
        page.activate(Place.of("account", "id", "T99999998"));
        assertThat(page.stateProperty().get()).isEqualTo(ContentState.ERROR);
        assertThat(page.errorMessageProperty().get()).startsWith("Account T99999998: Not found");
    }

    @Test
    void anEmptiedFieldIsEmptiedOnTheServer() {
        TestServices test = test();
        Account account = sandbox.account(9);
        assertThat(account.company().displayName()).isNotBlank();
        AccountPageViewModel page = open(test, account);

        page.edit().displayName.set("");
        assertThat(page.edit().review()).isTrue();
        page.edit().save();

        Account stored = sandbox.client().accounts().get(account.accountId());
        assertThat(stored.company().displayName()).isNull();
        assertThat(stored.company().businessName()).isEqualTo(account.company().businessName());
    }

    /**
     * A tab's change (an application sent, a connection signed up) has the page read the account again. The page used
     * to empty itself and show its loading state meanwhile, which took the focus out of the form the user had just
     * sent from.
     */
    @Test
    void aTabsChangeIsReadBehindThePageWhichKeepsShowingAndKeepsTheAccountWhenTheReadFails() {
        TestServices test = test();
        Account account = sandbox.account(12);
        String id = account.accountId();
        AccountPageViewModel page = open(test, account);
        List<ContentState> states = new ArrayList<>();
        page.stateProperty().addListener((obs, old, now) -> states.add(now));
        List<Account> shown = new ArrayList<>();
        page.accountProperty().addListener((obs, old, now) -> shown.add(now));
        sandbox.client().accounts().update(id, AccountWrites.base(account)
                .company(withIndustryAndEmail(account, "bicycles", account.company().email())).build());

        page.refresh();

        assertThat(states).as("the page never left what it showed").isEmpty();
        assertThat(shown).as("never emptied meanwhile").hasSize(1).doesNotContainNull();
        assertThat(page.accountProperty().get().company().industry()).isEqualTo("bicycles");

        sandbox.sandbox().injectFaults(io.accountsdesk.sandbox.http.FaultPlan.parse(
                "route=/accounts/*/management/accounts/" + id + ", method=GET, error=1:500"));
        try {
            page.refresh();
        } finally {
            sandbox.sandbox().injectFaults(io.accountsdesk.sandbox.http.FaultPlan.none());
        }
        assertThat(states).as("a failed read behind the page leaves it as it was").isEmpty();
        assertThat(page.accountProperty().get().company().industry()).isEqualTo("bicycles");
        assertThat(test.activity.lastFailureProperty().get()).as("the status bar says what failed")
                .startsWith("Loading account " + id);

        page.reload();
        assertThat(states).as("the page's own Reload says it loads").containsExactly(ContentState.LOADING,
                ContentState.READY);
    }

    /**
     * A read behind the page that was answered before the details were saved, and reaches the UI thread after the
     * save, does not show the account as it was before the save.
     */
    @Test
    void aReadBehindThePageThatEndsAfterASaveLeavesTheSavedAccount() {
        java.util.Deque<Runnable> work = new java.util.ArrayDeque<>();
        java.util.Deque<Runnable> ui = new java.util.ArrayDeque<>();
        TestServices test = TestServices.of(sandbox.session(), configDir,
                activity -> io.accountsdesk.app.core.tasks.TaskRunner.using(work::add, ui::add, activity,
                        Throwable::getMessage));
        Account account = sandbox.account(13);
        AccountPageViewModel page = new AccountPageViewModel(test.services);
        page.activate(Place.of("account", "id", account.accountId()));
        drain(work, ui);

        page.refresh(); // a tab's change: the account is read behind the page
        work.removeLast().run();
        Runnable staleAnswer = ui.removeLast();
        page.edit().companyPhone.set("+47 40 00 00 13");
        page.edit().review();
        page.edit().save();
        drain(work, ui);
        assertThat(page.accountProperty().get().company().phoneNumber()).isEqualTo("+47 40 00 00 13");

        staleAnswer.run();
        assertThat(page.accountProperty().get().company().phoneNumber()).as("not the read from before the save")
                .isEqualTo("+47 40 00 00 13");
    }

    private static void drain(java.util.Deque<Runnable> work, java.util.Deque<Runnable> ui) {
        while (!work.isEmpty() || !ui.isEmpty()) {
            if (!work.isEmpty()) {
                work.removeFirst().run();
            } else {
                ui.removeFirst().run();
            }
        }
    }

    @Test
    void aChangeSomeoneElseMadeMeanwhileIsKeptAndTheSameFieldIsNotOverwritten() {
        TestServices test = test();
        Account account = sandbox.account(10);
        AccountPageViewModel page = open(test, account);
        // Someone else, elsewhere, changes the industry and the e-mail after the page was opened.
        Account theirs = sandbox.client().accounts().update(account.accountId(), AccountWrites.base(account)
                .company(withIndustryAndEmail(account, "bicycles", "theirs@shop.example")).build());
        assertThat(theirs.company().industry()).isEqualTo("bicycles");

        page.edit().companyPhone.set("+47 40 00 00 01");
        page.edit().review();
        page.edit().save();
        Account stored = sandbox.client().accounts().get(account.accountId());
        assertThat(stored.company().phoneNumber()).isEqualTo("+47 40 00 00 01");
        assertThat(stored.company().industry()).as("their change is kept").isEqualTo("bicycles");

        page.edit().companyEmail.set("mine@shop.example");
        sandbox.client().accounts().update(account.accountId(), AccountWrites.base(stored)
                .company(withIndustryAndEmail(stored, "bicycles", "again@shop.example")).build());
        page.edit().review();
        page.edit().save();

        assertThat(sandbox.client().accounts().get(account.accountId()).company().email())
                .as("not overwritten").isEqualTo("again@shop.example");
        assertThat(page.edit().form().formErrorProperty().get()).contains("Company · E-mail");
        assertThat(page.edit().companyEmail.value()).as("the typing is kept").isEqualTo("mine@shop.example");
        assertThat(page.edit().companyEmail.displayInitial()).isEqualTo("again@shop.example");
        page.edit().review();
        page.edit().save();
        assertThat(sandbox.client().accounts().get(account.accountId()).company().email())
                .as("saved once the user has seen theirs").isEqualTo("mine@shop.example");
    }

    private static io.accountsdesk.client.accounts.AccountCompany withIndustryAndEmail(Account account,
                                                                                      String industry, String email) {
        var c = account.company();
        return new io.accountsdesk.client.accounts.AccountCompany(c.businessName(), c.displayName(),
                c.organizationNumber(), industry, c.bankName(), c.accountNumber(), c.address(), email,
                c.technicalEmail(), c.phoneNumber(), c.merchantCategoryCode(), c.averageTransactionValue(),
                c.mostExpensiveProductPrice(), c.projectedSales());
    }

    @Test
    void reloadingOrSavingAnotherTabKeepsWhatWasTyped() {
        TestServices test = test();
        Account account = sandbox.account(11);
        AccountPageViewModel page = open(test, account);
        page.edit().companyPhone.set("+47 41 00 00 02");

        page.reload();
        assertThat(page.edit().companyPhone.value()).isEqualTo("+47 41 00 00 02");

        page.servicesTab().features().get(0).requested().set(true);
        page.servicesTab().save();
        assertThat(page.edit().companyPhone.value()).as("after the services were saved").isEqualTo("+47 41 00 00 02");
        assertThat(page.hasUnsavedChanges()).isTrue();
    }

    @Test
    void discardingPutsEveryTabBackAsTheServerHasIt() {
        TestServices test = test();
        Account account = sandbox.account(14);
        AccountPageViewModel page = open(test, account);
        AccountServicesViewModel.FeatureRow first = page.servicesTab().features().get(0);
        boolean asked = first.requested().value();
        first.requested().set(!asked);
        page.edit().companyPhone.set("+47 41 00 00 03");
        page.events().note().set("Half a thought");
        assertThat(page.hasUnsavedChanges()).isTrue();

        page.discardChanges();

        assertThat(first.requested().value()).isEqualTo(asked);
        assertThat(page.edit().companyPhone.value()).isNotEqualTo("+47 41 00 00 03");
        assertThat(page.servicesTab().form().isDirty()).as("the boxes").isFalse();
        assertThat(page.events().note().value()).isEmpty();
        assertThat(page.hasUnsavedChanges()).isFalse();
    }

    @Test
    void withdrawingARequestEmptiesItOnTheServer() {
        TestServices test = test();
        Account account = sandbox.accounts().stream().filter(a -> a.servicesByName().containsKey("checkout")
                && a.servicesByName().get("checkout").featureStatuses().values().stream()
                .anyMatch(f -> "enable".equals(f.requested()))).skip(3).findFirst().orElseThrow();
        AccountPageViewModel page = open(test, account);
        AccountServicesViewModel.FeatureRow asked = page.servicesTab().features().stream()
                .filter(row -> Boolean.TRUE.equals(row.requested().value())).findFirst().orElseThrow();

        asked.requested().set(false);
        page.servicesTab().save();

        var stored = sandbox.client().accounts().get(account.accountId()).servicesByName().get(asked.service())
                .featureStatuses().get(asked.feature());
        assertThat(stored.requested()).isNull();
    }

    @Test
    void aNoteStaysWithItsAccount() {
        TestServices test = test();
        AccountPageViewModel page = open(test, sandbox.account(12));
        page.events().note().set("Only about account 12");
        assertThat(page.hasUnsavedChanges()).isTrue();

        page.activate(Place.of("account", "id", sandbox.account(13).accountId()));

        assertThat(page.events().note().value()).isEmpty();
        assertThat(page.hasUnsavedChanges()).isFalse();
    }

    @Test
    void aDeleteThatEndsAfterTheUserMovedOnLeavesThemWhereTheyAre() {
        java.util.ArrayDeque<Runnable> work = new java.util.ArrayDeque<>();
        TestServices test = TestServices.of(sandbox.session(), configDir,
                activity -> io.accountsdesk.app.core.tasks.TaskRunner.using(work::add, Runnable::run, activity,
                        Throwable::getMessage));
        Account account = sandbox.account(51);
        AccountPageViewModel page = new AccountPageViewModel(test.services);
        Place at = Place.of("account", "id", account.accountId());
        test.navigator.goTo(Place.of("accounts"));
        test.navigator.goTo(at);
        page.activate(at);
        while (!work.isEmpty()) {
            work.poll().run();
        }

        page.delete();
        Place elsewhere = Place.of("account", "id", sandbox.account(52).accountId());
        test.navigator.goTo(elsewhere);
        while (!work.isEmpty()) {
            work.poll().run();
        }

        assertThat(test.navigator.current()).isEqualTo(elsewhere);
        assertThatThrownBy(() -> sandbox.client().accounts().get(account.accountId()))
                .isInstanceOf(ApiException.NotFound.class);
    }

    @Test
    void theSaveKeySavesTheTabOnShowOrTakesTheUserToTheChanges() {
        TestServices test = test();
        AccountPageViewModel page = open(test, sandbox.account(14));
        page.edit().industry.set("Saved with the key");

        page.save(); // on the overview

        assertThat(page.tabProperty().get()).isEqualTo(AccountTab.DETAILS);
        assertThat(page.edit().reviewingProperty().get()).as("details are reviewed first").isTrue();
        page.save();
        assertThat(sandbox.client().accounts().get(sandbox.account(14).accountId()).company().industry())
                .isEqualTo("Saved with the key");
    }
}
