package io.accountsdesk.app.accounts;

import io.accountsdesk.app.security.HostileInputProperties;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.security.HostileForms;
import io.accountsdesk.app.security.HostileSandbox;
import io.accountsdesk.app.security.HostileText;
import io.accountsdesk.app.settings.AccountSettingsViewModel;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile typing into the account's own forms: the details (edit, review, save), the note box and the partner's
 * settings. See {@link HostileForms} for the property. Seen failing by dropping the {@code validateAll()} guard of
 * {@code AccountEventsViewModel.addNote()}: "what was sent although the checks rejected [Typing[0, ]]" (an empty
 * note reached the sandbox's access log).
 */
class HostileAccountFormsInputTest extends HostileInputProperties {

    private static List<Account> accounts;

    @BeforeContainer
    static void accountsToTry() {
        accounts = HostileSandbox.get().session().client().accounts().stream(AccountQuery.all().withLimit(10))
                .toList();
    }

    private static Account anAccount(List<HostileText.Typing> typing) {
        return accounts.get(Math.floorMod(typing.hashCode(), accounts.size()));
    }

    @Property(tries = 80)
    void theDetailsForm(@ForAll("typing") List<HostileText.Typing> typing) {
        TestServices test = HostileSandbox.services();
        AccountPageViewModel page = new AccountPageViewModel(test.services);
        page.activate(Place.of("account", "id", anAccount(typing).accountId()));
        AccountEditViewModel edit = page.edit();
        HostileForms.probe(edit.form(), typing, () -> {
            edit.submit(); // the review
            edit.submit(); // the save
        }, requests);
        page.dispose();
    }

    @Property(tries = 60)
    void theNoteBox(@ForAll("typing") List<HostileText.Typing> typing) {
        TestServices test = HostileSandbox.services();
        AccountEventsViewModel events = new AccountEventsViewModel(test.services);
        events.load(anAccount(typing).accountId());
        HostileForms.probe(events.noteForm(), typing, events::addNote, requests);
        events.dispose();
    }

    @Property(tries = 60)
    void thePartnersSettings(@ForAll("typing") List<HostileText.Typing> typing) {
        TestServices test = HostileSandbox.services();
        AccountSettingsViewModel settings = new AccountSettingsViewModel(test.services);
        settings.activate(Place.of(AccountSettingsViewModel.SCREEN));
        HostileForms.probe(settings.form(), typing, settings::save, requests);
        settings.dispose();
    }
}
