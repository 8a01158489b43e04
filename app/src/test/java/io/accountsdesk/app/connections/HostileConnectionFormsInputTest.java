package io.accountsdesk.app.connections;

import io.accountsdesk.app.security.HostileInputProperties;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.security.HostileForms;
import io.accountsdesk.app.security.HostileSandbox;
import io.accountsdesk.app.security.HostileText;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile typing into every connection operation's form (each provider's signup, callback, override, restart and
 * the partner's status event): {@link ConnectionOperations} is the list, so a new operation is covered as soon as it
 * is listed. See {@link HostileForms} for the property. Seen failing by letting {@code submit()} go on after a
 * failed {@code validateAll()}: "what was sent although the checks rejected [Typing[0, NUL]]" (a lone NUL
 * character in the first field).
 */
class HostileConnectionFormsInputTest extends HostileInputProperties {

    private static List<ConnectionOperation> operations;
    private static List<Account> accounts;

    @BeforeContainer
    static void accountsToTry() {
        accounts = HostileSandbox.get().session().client().accounts().stream(AccountQuery.all().withLimit(12))
                .toList();
        operations = new ArrayList<>(ConnectionOperations.all());
        for (ConnectionProvider provider : ConnectionProvider.values()) {
            if (provider.eventName().isPresent()) {
                operations.add(ConnectionOperations.event(provider));
            }
        }
    }

    @Provide
    Arbitrary<Integer> operation() {
        return Arbitraries.integers().between(0, operations.size() - 1);
    }

    @Property(tries = 200)
    void everyOperationsForm(@ForAll("operation") int which, @ForAll("typing") List<HostileText.Typing> typing) {
        TestServices test = HostileSandbox.services();
        ConnectionOperation operation = operations.get(which);
        String account = accounts.get(Math.floorMod(typing.hashCode(), accounts.size())).accountId();
        ConnectionFormViewModel form = new ConnectionFormViewModel(test.services, operation, account, answer -> { });
        if (HostileForms.textFields(form.form()).isEmpty()) {
            return; // an operation with nothing to type (a restart): nothing hostile can be typed
        }
        HostileForms.probe(form.form(), typing, form::submit, requests);
        form.close();
    }
}
