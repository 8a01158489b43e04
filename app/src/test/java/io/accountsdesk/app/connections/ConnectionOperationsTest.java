package io.accountsdesk.app.connections;

import io.accountsdesk.app.TestAccountPage;
import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.connections.bambora.BamboraConnection;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection operations the timeline test does not reach, each through its own form: Bambora Direct and the
 * deprecated classic signup, the Vipps restart, and the store overrides of Vipps, Swish, PayEx and Santander.
 */
class ConnectionOperationsTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(2);

    @TempDir
    Path configDir;

    private ConnectionsTabViewModel tab(Account account) {
        return new ConnectionsTabViewModel(TestServices.of(sandbox.session(), configDir).services,
                new TestAccountPage(sandbox, account.accountId()));
    }

    private static ConnectionFormViewModel send(ConnectionsTabViewModel tab, String operation,
                                                java.util.Map<String, String> values) {
        tab.open(ConnectionOperations.find(operation).orElseThrow());
        ConnectionFormViewModel form = tab.formProperty().get();
        values.forEach((path, value) -> form.text(path).orElseThrow().set(value));
        form.submit();
        assertThat(form.form().formErrorProperty().get()).as(operation).isEmpty();
        assertThat(form.resultProperty().get()).as(operation + " was sent and answered").isNotEmpty();
        return form;
    }

    @Test
    void everyOperationIsOfferedOnceAndTheDeprecatedOneSaysSo() {
        Set<String> ids = ConnectionOperations.all().stream().map(ConnectionOperation::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(ConnectionOperations.all().size()).contains("bambora.payfac", "bambora.direct",
                "bambora.classic", "vipps.restart", "vipps.override", "swish.override", "payex.override",
                "santander.override", "common.signup", "visa_tokens.signup", "applepay.signup");
        assertThat(ConnectionOperations.all()).filteredOn(ConnectionOperation::deprecated)
                .extracting(ConnectionOperation::id).containsExactly("bambora.classic");
        assertThat(ConnectionOperations.all()).filteredOn(op -> op.kind() == ConnectionOperation.Kind.CALLBACK)
                .extracting(op -> op.provider().key())
                .containsExactlyInAnyOrder("bambora", "collector", "instabank", "payex", "swish", "vipps");
    }

    @Test
    void bamboraDirectAndClassicSignupsAreKeptApart() {
        Account account = ConnectionsTestAccounts.fresh(sandbox, "Bambora Shop AS");
        ConnectionsTabViewModel tab = tab(account);
        send(tab, "bambora.direct", java.util.Map.of("signup.merchant_number", "T123456", "signup.md5_key", "md5"));
        String aid = account.accountId();
        BamboraConnection read = sandbox.client().actingOn(aid).connections().bambora().get(aid);
        assertThat(read.directSignups()).singleElement()
                .satisfies(s -> assertThat(s.merchantNumber()).isEqualTo("T123456"));

        Account other = ConnectionsTestAccounts.fresh(sandbox, "Bambora Classic AS");
        ConnectionsTabViewModel classic = tab(other);
        ConnectionFormViewModel form = send(classic, "bambora.classic", java.util.Map.of(
                "signup.bank_name", "DNB", "signup.signature.signatures.0.name", "Kari Nordmann"));
        assertThat(form.deprecated()).isTrue();
        BamboraConnection old = sandbox.client().actingOn(other.accountId()).connections().bambora()
                .get(other.accountId());
        assertThat(old.signup()).isNotNull();
        assertThat(old.signup().bankName()).isEqualTo("DNB");
        assertThat(old.signup().signature().signatures()).extracting(s -> s.name()).containsExactly("Kari Nordmann");
    }

    @Test
    void aDeclinedVippsSignupIsRestartedAndOverridesGoToEachProvider() throws Exception {
        Account account = ConnectionsTestAccounts.fresh(sandbox, "Override Shop AS");
        String aid = account.accountId();
        ConnectionsTabViewModel tab = tab(account);
        send(tab, "vipps.signup", java.util.Map.of());
        ConnectionsTestAccounts.decide(sandbox, aid, "vipps", "declined");
        tab.refresh();
        ConnectionsTabViewModel.ConnectionRow vipps = tab.rows().stream()
                .filter(r -> r.connection().equals("vipps")).findFirst().orElseThrow();
        assertThat(vipps.status()).isEqualTo("declined");
        assertThat(tab.operationsFor(vipps)).extracting(ConnectionOperation::id).contains("vipps.restart");
        send(tab, "vipps.restart", java.util.Map.of());
        assertThat(sandbox.client().actingOn(aid).connections().vipps().get(aid).status().value()).isEqualTo("pending");

        send(tab, "swish.signup", java.util.Map.of());
        send(tab, "payex.signup", java.util.Map.of());
        send(tab, "vipps.override", java.util.Map.of("overrides.0.store_id", "store-1",
                "overrides.0.credentials.merchantSerialNumber", "123456"));
        send(tab, "swish.override", java.util.Map.of("overrides.0.store_id", "store-1",
                "overrides.0.credentials.swish_number", "1231181189"));
        send(tab, "payex.override", java.util.Map.of("overrides.0.store_id", "store-1",
                "overrides.0.credentials.payee_id", "payee-1", "overrides.0.credentials.subsite", "shop"));
        send(tab, "santander.override", java.util.Map.of("overrides.0.store_id", "store-1",
                "overrides.0.credentials.store_email", "store@example.com",
                "overrides.0.credentials.store_token", "santander-token"));

        tab.open(ConnectionOperations.find("payex.override").orElseThrow());
        ConnectionFormViewModel tooLong = tab.formProperty().get();
        tooLong.text("overrides.0.store_id").orElseThrow().set("store-2");
        tooLong.text("overrides.0.credentials.payee_id").orElseThrow().set("payee-2");
        tooLong.text("overrides.0.credentials.subsite").orElseThrow().set("x".repeat(41));
        tooLong.submit();
        assertThat(tooLong.text("overrides.0.credentials.subsite").orElseThrow().errorProperty().get())
                .contains("40");
        assertThat(tooLong.resultProperty().get()).isEmpty();
    }
}
