package io.accountsdesk.app.connections;

import io.accountsdesk.app.TestAccountPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.ConnectionHistory;
import io.accountsdesk.client.connections.klarna.KlarnaSignup;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.ui.TimelineLane;
import io.accountsdesk.ui.TimelineSpan;
import io.accountsdesk.ui.Tone;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The connections tab against the in-process sandbox: every provider's signup goes out through the tab's forms with
 * the account's own token, the provider (the sandbox's decide route or the provider's callback, also sent through
 * the tab) answers, and the timeline shows both spans with how long each lasted.
 */
class ConnectionsTabViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(3);

    @TempDir
    Path configDir;

    /** Each signup, and how its connection is then decided: by the provider's callback form, or by the sandbox. */
    private static final Map<String, String> SIGNUPS = new java.util.LinkedHashMap<>();

    static {
        SIGNUPS.put("klarna.signup", "decide:enabled");
        SIGNUPS.put("vipps.signup", "vipps.callback");
        SIGNUPS.put("vipps_psp.signup", "decide:declined");
        SIGNUPS.put("swish.signup", "swish.callback");
        SIGNUPS.put("bambora.payfac", "bambora.callback");
        SIGNUPS.put("payex.signup", "payex.callback");
        SIGNUPS.put("collector.signup", "collector.callback");
        SIGNUPS.put("instabank.signup", "instabank.callback");
        SIGNUPS.put("applepay.signup", "decide:enabled");
        SIGNUPS.put("visa_tokens.signup", "decide:declined");
        SIGNUPS.put("common.signup", "decide:enabled");
    }

    private TestServices services() {
        return TestServices.of(sandbox.session(), configDir);
    }

    @Test
    void everyProviderGoesFromSignupToItsAnswerOnTheTimeline() throws Exception {
        Account account = ConnectionsTestAccounts.fresh(sandbox, "Timeline Shop AS");
        String aid = account.accountId();
        var page = new TestAccountPage(sandbox, aid);
        var tab = new ConnectionsTabViewModel(services().services, page);
        tab.shown();
        assertThat(tab.rows()).isEmpty();
        assertThat(tab.actingOnProperty().get()).contains(aid);

        for (var entry : SIGNUPS.entrySet()) {
            ConnectionOperation signup = ConnectionOperations.find(entry.getKey()).orElseThrow();
            tab.open(signup);
            ConnectionFormViewModel form = tab.formProperty().get();
            assertThat(form.actingOnText()).contains(aid);
            form.submit();
            assertThat(form.form().formErrorProperty().get()).as(entry.getKey()).isEmpty();
            assertThat(form.resultProperty().get()).as(entry.getKey()).containsAnyOf("Pending", "Signup link");
            String key = signup.provider().key();
            assertThat(tab.rows()).as(entry.getKey()).anySatisfy(row -> {
                assertThat(row.connection()).isEqualTo(key);
                assertThat(row.status()).isEqualTo("pending");
            });

            String answer = entry.getValue();
            if (answer.startsWith("decide:")) {
                ConnectionsTestAccounts.decide(sandbox, aid, key, answer.substring("decide:".length()));
                page.refresh();
            } else {
                tab.open(ConnectionOperations.find(answer).orElseThrow());
                fillRequired(tab.formProperty().get());
                tab.formProperty().get().submit();
                assertThat(tab.formProperty().get().form().formErrorProperty().get()).as(answer).isEmpty();
                assertThat(tab.formProperty().get().resultProperty().get()).as(answer).isEqualTo("Done.");
            }
        }
        tab.refresh();

        for (var entry : SIGNUPS.entrySet()) {
            String key = ConnectionOperations.find(entry.getKey()).orElseThrow().provider().key();
            String expected = entry.getValue().startsWith("decide:") ? entry.getValue().substring(7) : "enabled";
            ConnectionsTabViewModel.ConnectionRow row = tab.rows().stream()
                    .filter(r -> r.connection().equals(key)).findFirst().orElseThrow();
            assertThat(row.status()).as(key).isEqualTo(expected);
            TimelineLane lane = tab.lanes().stream().filter(l -> l.name().equals(row.provider())).findFirst()
                    .orElseThrow();
            List<TimelineSpan> spans = lane.spans();
            assertThat(spans).as(key).hasSize(2);
            assertThat(spans.get(0).label()).isEqualTo("Pending");
            assertThat(spans.get(0).isOpen()).isFalse();
            assertThat(spans.get(0).duration(tab.nowProperty().get()).isNegative()).isFalse();
            assertThat(spans.get(1).label()).isEqualTo(tab.statusLabel(expected));
            assertThat(spans.get(1).isOpen()).isTrue();
            assertThat(lane.events()).as(key).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    /** Fills what a callback's seed shape requires, as the provider would send it. */
    private static void fillRequired(ConnectionFormViewModel form) {
        for (ConnectionField field : form.fields()) {
            if (!field.required() || !field.initial().isEmpty()) {
                continue;
            }
            form.text(field).ifPresent(input -> input.set(switch (field.kind()) {
                case SECRET -> "secret-" + field.name();
                default -> field.name().equals("organization_number") ? "912345678" : "ref-" + field.name();
            }));
        }
    }

    @Test
    void everyCallForTheAccountUsesItsExchangedTokenNeverThePartners() {
        Account account = ConnectionsTestAccounts.fresh(sandbox, "Token Shop AS");
        String aid = account.accountId();
        var test = services();
        var tab = new ConnectionsTabViewModel(test.services, new TestAccountPage(sandbox, aid));
        tab.open(ConnectionOperations.find("klarna.signup").orElseThrow());
        tab.formProperty().get().submit();
        assertThat(tab.formProperty().get().resultProperty().get()).contains("Pending");

        // The same call with the partner's own token is refused by the sandbox, as by Dintero: had the tab used
        // the partner's token anywhere an account's is needed, the signup above would have failed the same way.
        assertThatThrownBy(() -> sandbox.client().connections().klarna().startSignup(aid,
                new KlarnaSignup(null, null, null, null, null, null)))
                .isInstanceOf(ApiException.class).hasMessageContaining("exchange_token");
        assertThatThrownBy(() -> sandbox.client().connections().klarna().get(aid))
                .isInstanceOf(ApiException.class).hasMessageContaining(aid);
        ConnectionHistory read = sandbox.client().actingOn(aid).connections().klarna().get(aid);
        assertThat(read.status().value()).isEqualTo("pending");
    }

    @Test
    void aSwishPassphraseTypedIntoTheFormIsInNoLogLineEvenAtDebug() {
        Account account = ConnectionsTestAccounts.fresh(sandbox, "Secret Shop AS");
        String aid = account.accountId();
        var tab = new ConnectionsTabViewModel(services().services, new TestAccountPage(sandbox, aid));
        tab.open(ConnectionOperations.find("swish.signup").orElseThrow());
        tab.formProperty().get().submit();

        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        Logger app = (Logger) LoggerFactory.getLogger("io.accountsdesk");
        Level before = root.getLevel();
        Level appBefore = app.getLevel();
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        root.addAppender(lines);
        root.setLevel(Level.DEBUG);
        app.setLevel(Level.DEBUG);
        String passphrase = "Hemmelig-Swish-Frase-4711";
        try {
            tab.open(ConnectionOperations.find("swish.callback").orElseThrow());
            ConnectionFormViewModel form = tab.formProperty().get();
            form.text("param.callback_reference").orElseThrow().set("swish-ref-1");
            form.text("swish_number").orElseThrow().set("1231181189");
            form.text("passphrase").orElseThrow().set(passphrase);
            form.submit();
            assertThat(form.form().formErrorProperty().get()).isEmpty();
        } finally {
            root.detachAppender(lines);
            root.setLevel(before);
            app.setLevel(appBefore);
        }
        List<String> logged = lines.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage())).toList();
        assertThat(logged).as("the callback and its body were logged at all")
                .anyMatch(line -> line.contains("swish/{callback_reference} request") && line.contains("1231181189"));
        assertThat(logged).noneMatch(line -> line.contains(passphrase));
        assertThat(sandbox.client().actingOn(aid).connections().swish().get(aid).status().value())
                .isEqualTo("enabled");
    }

    @Test
    void decliningAsksForAReasonAndThePartnersEventLandsOnTheTimeline() {
        Account account = ConnectionsTestAccounts.fresh(sandbox, "Event Shop AS");
        String aid = account.accountId();
        var test = services();
        var tab = new ConnectionsTabViewModel(test.services, new TestAccountPage(sandbox, aid));
        tab.open(ConnectionOperations.find("collector.signup").orElseThrow());
        tab.formProperty().get().submit();
        ConnectionsTabViewModel.ConnectionRow row = tab.rows().get(0);
        ConnectionOperation event = tab.operationsFor(row).stream()
                .filter(op -> op.kind() == ConnectionOperation.Kind.EVENT).findFirst().orElseThrow();
        tab.open(event);
        ConnectionFormViewModel form = tab.formProperty().get();
        assertThat(form.actingOnText()).contains(sandbox.session().partnerId());
        form.text("status").orElseThrow().set("declined");
        form.text("event").orElseThrow().set("credit_check_failed");
        form.submit();
        assertThat(form.text("description").orElseThrow().errorProperty().get()).contains("why");
        assertThat(tab.rows().get(0).status()).isEqualTo("pending");

        form.text("description").orElseThrow().set("Credit check failed at Collector");
        form.text("metadata").orElseThrow().set("case_id=C-123\nsignature_url=https://sign.example/abc");
        form.submit();
        assertThat(form.form().formErrorProperty().get()).isEmpty();
        assertThat(tab.rows().get(0).status()).isEqualTo("declined");
        assertThat(tab.rows().get(0).lastEvent()).contains("Credit check failed at Collector");
        TimelineLane lane = tab.lanes().get(0);
        assertThat(lane.events()).anySatisfy(mark -> assertThat(mark.detail())
                .contains("case_id: C-123").contains("signature_url: https://sign.example/abc"));
    }

    /** A start notice's Open names the operation's draft as the place's item: the tab opens its form, draft and all. */
    @Test
    void aLinkToADraftOpensItsOperationsFormWithTheDraftBack() {
        String aid = ConnectionsTestAccounts.fresh(sandbox, "Draft Link Connections AS").accountId();
        var test = services();
        var before = new ConnectionsTabViewModel(test.services, new TestAccountPage(sandbox, aid));
        before.open(ConnectionOperations.find("klarna.signup").orElseThrow());
        @SuppressWarnings("unchecked")
        var typed = (io.accountsdesk.app.core.forms.FormField<String>) before.formProperty().get().form().fields()
                .stream().filter(f -> f.value() instanceof String).findFirst().orElseThrow();
        String path = typed.path();
        typed.set("Left behind");
        before.closeForm(); // unsent: the typing is kept as a draft

        var page = new TestAccountPage(sandbox, aid);
        var tab = new ConnectionsTabViewModel(test.services, page);
        assertThat(tab.formProperty().get()).as("no link, no form").isNull();
        page.pointAt(io.accountsdesk.app.core.AccountPageContext.draftItem("klarna.signup"));

        assertThat(tab.formProperty().get()).isNotNull();
        assertThat(tab.formProperty().get().text(path).orElseThrow().value()).isEqualTo("Left behind");
    }

    @Test
    void aConnectionPendingLongerThanTheThresholdIsMarkedStuck() throws Exception {
        Account account = ConnectionsTestAccounts.fresh(sandbox, "Stuck Shop AS");
        String aid = account.accountId();
        var test = services();
        var page = new TestAccountPage(sandbox, aid);
        var tab = new ConnectionsTabViewModel(test.services, page);
        tab.open(ConnectionOperations.find("klarna.signup").orElseThrow());
        tab.formProperty().get().submit();
        assertThat(tab.rows().get(0).stuck()).isFalse();

        ConnectionsTestAccounts.backdate(sandbox, aid, "klarna", 4);
        page.refresh();
        assertThat(tab.rows().get(0).stuck()).as("4 days > the default 3").isTrue();
        assertThat(tab.lanes().get(0).spans().get(0).tone()).isEqualTo(Tone.DANGER);

        test.preferences.update(p -> p.withStuckAfterDays(7));
        assertThat(tab.rows().get(0).stuck()).isFalse();
    }

    @Test
    void aCertificateIsCheckedBeforeItCanBeSent() throws Exception {
        Account account = ConnectionsTestAccounts.fresh(sandbox, "Cert Shop AS");
        var tab = new ConnectionsTabViewModel(services().services,
                new TestAccountPage(sandbox, account.accountId()));
        tab.open(ConnectionOperations.find("swish.callback").orElseThrow());
        ConnectionFormViewModel form = tab.formProperty().get();
        ConnectionField cert = form.fields().stream().filter(f -> f.path().equals("cert")).findFirst().orElseThrow();
        Path notACertificate = Files.writeString(configDir.resolve("notes.pem"), "hello, I am not a certificate");
        form.readFile(cert, notACertificate);
        assertThat(form.fileNote(cert).get()).contains("notes.pem").contains("not a certificate");
        assertThat(form.text("cert").orElseThrow().value()).isEmpty();
        assertThat(form.text("cert").orElseThrow().errorProperty().get()).isNotEmpty();
    }

    @Test
    void whatWasTypedIsKeptInADraftButNeverASecret() throws Exception {
        Account account = ConnectionsTestAccounts.fresh(sandbox, "Draft Shop AS");
        TestServices test = services();
        var tab = new ConnectionsTabViewModel(test.services,
                new TestAccountPage(sandbox, account.accountId()));
        tab.open(ConnectionOperations.find("swish.callback").orElseThrow());
        ConnectionFormViewModel form = tab.formProperty().get();
        form.text("swish_number").orElseThrow().set("1231181189");
        form.text("passphrase").orElseThrow().set("Never-On-Disk-42");
        tab.closeForm();

        String all;
        try (var files = Files.walk(configDir)) {
            all = files.filter(Files::isRegularFile).map(file -> {
                try {
                    return Files.readString(file);
                } catch (java.io.IOException unreadable) {
                    throw new java.io.UncheckedIOException(unreadable);
                }
            }).reduce("", String::concat);
        }
        assertThat(all).contains("1231181189").doesNotContain("Never-On-Disk-42");

        tab.open(ConnectionOperations.find("swish.callback").orElseThrow());
        ConnectionFormViewModel again = tab.formProperty().get();
        assertThat(again.text("swish_number").orElseThrow().value()).isEqualTo("1231181189");
        assertThat(again.text("passphrase").orElseThrow().value()).isEmpty();
        assertThat(test.dialogs.notices()).anyMatch(notice -> notice.contains("is back"));
    }

    @Test
    void aPkcs12CertificateOpensWithItsPassphraseAndIsSentAsPem() throws Exception {
        Path p12 = configDir.resolve("swish.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "swish", "-keyalg", "RSA", "-keysize", "2048", "-dname",
                "CN=Swish Test Merchant", "-validity", "30", "-storetype", "PKCS12", "-keystore", p12.toString(),
                "-storepass", "p12-pass", "-keypass", "p12-pass").redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        Account account = ConnectionsTestAccounts.fresh(sandbox, "P12 Shop AS");
        var tab = new ConnectionsTabViewModel(services().services,
                new TestAccountPage(sandbox, account.accountId()));
        tab.open(ConnectionOperations.find("swish.callback").orElseThrow());
        ConnectionFormViewModel form = tab.formProperty().get();
        ConnectionField cert = form.fields().stream().filter(f -> f.path().equals("cert")).findFirst().orElseThrow();

        form.text("passphrase").orElseThrow().set("wrong");
        form.readFile(cert, p12);
        assertThat(form.fileNote(cert).get()).contains("passphrase");
        assertThat(form.text("cert").orElseThrow().value()).isEmpty();

        form.text("passphrase").orElseThrow().set("p12-pass");
        form.readFile(cert, p12);
        assertThat(form.fileNote(cert).get()).contains("CN=Swish Test Merchant");
        assertThat(java.util.Base64.getDecoder().decode(form.text("cert").orElseThrow().value()))
                .as("the file's own bytes, base64-encoded, as the seed asks").isEqualTo(Files.readAllBytes(p12));
        assertThat(form.text("cert").orElseThrow().errorProperty().get()).isEmpty();

        // The signup exists, so the callback with the PKCS#12 certificate completes it.
        tab.closeForm();
        tab.open(ConnectionOperations.find("swish.signup").orElseThrow());
        tab.formProperty().get().submit();
        tab.open(ConnectionOperations.find("swish.callback").orElseThrow());
        ConnectionFormViewModel callback = tab.formProperty().get();
        callback.text("param.callback_reference").orElseThrow().set("p12-ref");
        callback.text("swish_number").orElseThrow().set("1231181189");
        callback.text("passphrase").orElseThrow().set("p12-pass");
        callback.readFile(cert, p12);
        callback.submit();
        assertThat(callback.form().formErrorProperty().get()).isEmpty();
        assertThat(callback.resultProperty().get()).isEqualTo("Done.");
        assertThat(sandbox.client().actingOn(account.accountId()).connections().swish().get(account.accountId())
                .status().value()).isEqualTo("enabled");
    }

    @Test
    void aPemCertificateNeedsItsKeyAndCaAndAllThreeGoAsBase64() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Path p12 = configDir.resolve("pem-source.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "swish", "-keyalg", "RSA", "-keysize", "2048", "-dname",
                "CN=Swish PEM Merchant", "-validity", "30", "-storetype", "PKCS12", "-keystore", p12.toString(),
                "-storepass", "pem-pass", "-keypass", "pem-pass").redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).isZero();
        Path pem = configDir.resolve("swish.pem");
        Process export = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-exportcert", "-rfc", "-alias", "swish", "-keystore", p12.toString(), "-storepass", "pem-pass",
                "-file", pem.toString()).redirectErrorStream(true).start();
        assertThat(export.waitFor()).isZero();
        Path key = Files.writeString(configDir.resolve("swish.key"), "-----BEGIN PUBLIC KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(
                generator.generateKeyPair().getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");

        Account account = ConnectionsTestAccounts.fresh(sandbox, "PEM Shop AS");
        String aid = account.accountId();
        var tab = new ConnectionsTabViewModel(services().services, new TestAccountPage(sandbox, aid));
        tab.open(ConnectionOperations.find("swish.signup").orElseThrow());
        tab.formProperty().get().submit();
        tab.open(ConnectionOperations.find("swish.callback").orElseThrow());
        ConnectionFormViewModel form = tab.formProperty().get();
        ConnectionField cert = form.fields().stream().filter(f -> f.path().equals("cert")).findFirst().orElseThrow();
        ConnectionField keyField = form.fields().stream().filter(f -> f.path().equals("key")).findFirst().orElseThrow();
        ConnectionField ca = form.fields().stream().filter(f -> f.path().equals("ca")).findFirst().orElseThrow();
        form.text("param.callback_reference").orElseThrow().set("pem-ref");
        form.text("swish_number").orElseThrow().set("1231181189");
        form.readFile(cert, pem);
        form.submit();
        assertThat(form.text("key").orElseThrow().errorProperty().get()).contains("PEM certificate");
        assertThat(form.text("ca").orElseThrow().errorProperty().get()).contains("PEM certificate");
        assertThat(form.resultProperty().get()).isEmpty();

        form.readFile(keyField, key);
        form.readFile(ca, pem);
        form.submit();
        assertThat(form.form().formErrorProperty().get()).isEmpty();
        assertThat(form.resultProperty().get()).isEqualTo("Done.");
        assertThat(new String(java.util.Base64.getDecoder().decode(form.text("cert").orElseThrow().value())))
                .startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(sandbox.client().actingOn(aid).connections().swish().get(aid).status().value()).isEqualTo("enabled");
    }

    @Test
    void aSentFormLeavesNoDraftBehind() {
        Account account = ConnectionsTestAccounts.fresh(sandbox, "Sent Shop AS");
        TestServices test = services();
        var tab = new ConnectionsTabViewModel(test.services,
                new TestAccountPage(sandbox, account.accountId()));
        tab.open(ConnectionOperations.find("klarna.signup").orElseThrow());
        tab.formProperty().get().text("signup.price_package").orElseThrow().set("pp-sent");
        tab.formProperty().get().submit();
        assertThat(tab.formProperty().get().resultProperty().get()).contains("Pending");
        tab.closeForm();
        tab.open(ConnectionOperations.find("klarna.signup").orElseThrow());
        assertThat(tab.formProperty().get().text("signup.price_package").orElseThrow().value()).isEmpty();
        assertThat(test.dialogs.notices()).noneMatch(notice -> notice.contains("is back"));
    }
}
