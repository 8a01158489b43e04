package io.accountsdesk.app.connections;

import io.accountsdesk.app.TestAccountPage;
import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.SpecEndpoints;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.settings.AccountSettingsViewModel;
import io.accountsdesk.client.accounts.Account;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance, checked rather than claimed: every connection operation of {@code endpoints.tsv} (rows
 * 42-78), the partner's status event (33), the account settings (40-41) and the token exchange (7) is called by the
 * app's view models, and answered with success. The client logs one line per call with the operation's path
 * template; the rows are read from the spec the repository carries.
 */
class ConnectionEndpointsDrivenTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(2);

    @TempDir
    Path configDir;

    @Test
    void theAppDrivesEveryConnectionOperationOfTheSpec() throws Exception {
        Set<Integer> rows = new java.util.HashSet<>(Set.of(7, 33, 40, 41));
        rows.addAll(SpecEndpoints.range(42, 78));
        Set<String> expected = SpecEndpoints.rows(rows);
        assertThat(expected).as("rows 44 and 46 are the same GET").hasSize(rows.size() - 1);
        assertThat(SpecEndpoints.succeeded(this::driveEverything)).containsAll(expected);
    }

    private void driveEverything() throws Exception {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        Account account = ConnectionsTestAccounts.fresh(sandbox, "Every Route AS");
        String aid = account.accountId();
        var page = new TestAccountPage(sandbox, aid);
        var tab = new ConnectionsTabViewModel(test.services, page);
        tab.shown();
        for (ConnectionOperation op : ConnectionOperations.all()) {
            if (op.kind() == ConnectionOperation.Kind.SIGNUP && !op.id().startsWith("bambora.d")
                    && !op.id().equals("bambora.classic")) {
                send(tab, op.id(), Map.of());
            }
        }
        ConnectionsTestAccounts.decide(sandbox, aid, "vipps", "declined");
        send(tab, "vipps.restart", Map.of());
        for (String callback : List.of("bambora", "collector", "instabank", "payex", "swish", "vipps")) {
            tab.open(ConnectionOperations.find(callback + ".callback").orElseThrow());
            ConnectionFormViewModel form = tab.formProperty().get();
            for (ConnectionField field : form.fields()) {
                if (field.required() && field.initial().isEmpty()) {
                    form.text(field).orElseThrow().set(field.name().equals("organization_number") ? "912345678"
                            : "value-" + field.name());
                }
            }
            form.submit();
            assertThat(form.form().formErrorProperty().get()).as(callback).isEmpty();
        }
        for (String override : List.of("vipps", "swish", "payex", "santander")) {
            tab.open(ConnectionOperations.find(override + ".override").orElseThrow());
            ConnectionFormViewModel form = tab.formProperty().get();
            form.fields().stream().filter(ConnectionField::required)
                    .forEach(field -> form.text(field).orElseThrow().set(field.name().equals("store_email")
                            ? "store@example.com" : "value-" + field.name()));
            form.submit();
            assertThat(form.form().formErrorProperty().get()).as(override).isEmpty();
        }
        send(tab, "collector.event", Map.of("event", "checked"));
        tab.refresh();

        for (String separate : List.of("bambora.direct", "bambora.classic")) {
            Account other = ConnectionsTestAccounts.fresh(sandbox, "Route " + separate);
            var otherTab = new ConnectionsTabViewModel(test.services,
                    new TestAccountPage(sandbox, other.accountId()));
            otherTab.shown();
            send(otherTab, separate, Map.of());
        }

        AccountSettingsViewModel settings = new AccountSettingsViewModel(test.services);
        settings.activate(Place.of(AccountSettingsViewModel.SCREEN));
        settings.field("company.display_name").set("Every Route Partner");
        settings.save();
    }

    private static void send(ConnectionsTabViewModel tab, String id, Map<String, String> values) {
        ConnectionOperation op = id.endsWith(".event")
                ? ConnectionOperations.event(ConnectionProvider.ofKey(id.substring(0, id.indexOf('.'))).orElseThrow())
                : ConnectionOperations.find(id).orElseThrow();
        tab.open(op);
        ConnectionFormViewModel form = tab.formProperty().get();
        values.forEach((path, value) -> form.text(path).orElseThrow().set(value));
        form.submit();
        assertThat(form.form().formErrorProperty().get()).as(id).isEmpty();
    }
}
