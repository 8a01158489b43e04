package io.accountsdesk.app.connections;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.settings.AccountSettingsViewModel;
import io.accountsdesk.client.accounts.Account;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

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
        Set<String> expected = rows(Set.of(7, 33, 40, 41), 42, 78);
        Logger http = (Logger) LoggerFactory.getLogger("io.accountsdesk.client.http");
        Level before = http.getLevel();
        ListAppender<ILoggingEvent> calls = new ListAppender<>();
        calls.start();
        http.addAppender(calls);
        http.setLevel(Level.INFO);
        try {
            driveEverything();
        } finally {
            http.detachAppender(calls);
            http.setLevel(before);
        }
        Set<String> succeeded = new LinkedHashSet<>();
        for (ILoggingEvent call : calls.list) {
            String line = call.getFormattedMessage();
            if (line.matches("^[A-Z]+ \\S+ -> 2\\d\\d in .*")) {
                succeeded.add(line.substring(0, line.indexOf(" -> ")));
            }
        }
        assertThat(succeeded).containsAll(expected);
    }

    private void driveEverything() throws Exception {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        Account account = ConnectionsTestAccounts.fresh(sandbox, "Every Route AS");
        String aid = account.accountId();
        var page = new ConnectionsTestAccounts.Page(sandbox, aid);
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
                    new ConnectionsTestAccounts.Page(sandbox, other.accountId()));
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

    /** "METHOD path" of the given rows and of {@code from}..{@code to}, from the spec's endpoints.tsv. */
    private static Set<String> rows(Set<Integer> single, int from, int to) throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("spec/api/endpoints.tsv"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository's spec/api/endpoints.tsv").isNotNull();
        Set<String> wanted = new LinkedHashSet<>();
        for (String line : Files.readAllLines(dir.resolve("spec/api/endpoints.tsv"))) {
            String[] cells = line.split("\t");
            if (!cells[0].matches("\\d+")) {
                continue;
            }
            int row = Integer.parseInt(cells[0]);
            if (single.contains(row) || (row >= from && row <= to)) {
                wanted.add(cells[2] + " " + cells[3]);
            }
        }
        assertThat(wanted).hasSize(single.size() + (to - from + 1) - 1); // rows 44 and 46 are the same GET
        return wanted;
    }
}
