package io.accountsdesk.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.core.tasks.Activity;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.session.SandboxRecovery;
import io.accountsdesk.app.session.SandboxUnavailable.Reason;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SessionFactory;
import io.accountsdesk.app.session.SignInRequest;
import io.accountsdesk.app.session.keychain.NoKeychain;
import io.accountsdesk.app.session.keychain.RememberMe;
import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sign-in's ways out when the embedded sandbox cannot open its data, on real sandboxes and real files: damaged
 * data is set aside and replaced, and data another Accounts Desk holds leads to that app, or to data of one's own.
 */
class SandboxTroubleSignInTest {

    @TempDir
    Path tmp;

    private final Messages messages = Messages.load(Locale.ENGLISH);
    private final TaskRunner tasks = TaskRunner.synchronous(new Activity(UiScheduler.IMMEDIATE), Throwable::getMessage);
    private final List<Session> signedIn = new ArrayList<>();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private final AtomicInteger quits = new AtomicInteger();

    @AfterEach
    void close() throws Exception {
        signedIn.forEach(Session::close);
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
    }

    private SandboxOptions options(Path dir) {
        return SandboxOptions.defaults().withPort(0).withDataDir(dir).withAccounts(3);
    }

    private SessionFactory factory(Path dir, Runnable show) {
        SessionFactory factory = new SessionFactory(options(dir), () -> { }, show);
        closing.add(factory);
        return factory;
    }

    /** The card as the app wires it: the recovery works on the card's own session factory. */
    private SignInViewModel card(SessionFactory factory) {
        SandboxRecovery recovery = new SandboxRecovery() {
            @Override
            public void startAfresh() {
                factory.setAsideDamagedSandboxData();
            }

            @Override
            public void useDataOfItsOwn() {
                factory.useSandboxDataOfItsOwn();
            }

            @Override
            public boolean handOverToRunningApp() {
                boolean answered = factory.askRunningAppToShow();
                if (answered) {
                    quits.incrementAndGet();
                }
                return answered;
            }
        };
        return new SignInViewModel(factory::open, tasks, UiScheduler.IMMEDIATE, messages, signedIn::add, () -> { },
                new RememberMe(new NoKeychain("tests")), recovery);
    }

    @Test
    void damagedDataIsSaidInWordsAndStartingAfreshKeepsTheFileAndSignsIn() throws Exception {
        Path dir = tmp.resolve("damaged");
        Sandbox.start(options(dir)).close();
        Files.writeString(dir.resolve("sandbox.mv.db"), "overwritten by something else");
        SignInViewModel card = card(factory(dir, null));

        card.signIn();

        assertThat(signedIn).isEmpty();
        assertThat(card.sandboxTroubleProperty().get()).isEqualTo(Reason.DAMAGED);
        assertThat(card.formErrorProperty().get()).contains("damaged", dir.toAbsolutePath().normalize().toString())
                .doesNotContain("Exception", "org.h2", "--reset");

        card.startSandboxAfresh();

        assertThat(signedIn).hasSize(1);
        assertThat(signedIn.get(0).client().accounts().list(
                io.accountsdesk.client.accounts.AccountQuery.all().withLimit(5), null).items()).isNotEmpty();
        assertThat(card.sandboxTroubleProperty().get()).isNull();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("sandbox.mv.db.damaged-"));
        }
    }

    @Test
    void dataHeldByAnotherAppBringsThatAppForwardAndThisOneCloses() {
        Path dir = tmp.resolve("shared");
        AtomicInteger shown = new AtomicInteger();
        SessionFactory first = factory(dir, shown::incrementAndGet);
        signedIn.add(first.open(SignInRequest.sandbox()));
        SignInViewModel second = card(factory(dir, null));

        second.signIn();

        assertThat(second.sandboxTroubleProperty().get()).isEqualTo(Reason.HELD_BY_APP);
        assertThat(second.formErrorProperty().get()).contains("already running");
        assertThat(signedIn).hasSize(1);

        second.showRunningApp();

        assertThat(shown).as("the first app was asked to come forward").hasValue(1);
        assertThat(quits).as("and this one closes").hasValue(1);
    }

    @Test
    void dataHeldByAnotherAppCanBeLeftAloneForASandboxOfItsOwn() throws Exception {
        Path dir = tmp.resolve("shared");
        SessionFactory first = factory(dir, () -> { });
        Session firstSession = first.open(SignInRequest.sandbox());
        signedIn.add(firstSession);
        SignInViewModel second = card(factory(dir, null));
        second.signIn();
        assertThat(second.sandboxTroubleProperty().get()).isEqualTo(Reason.HELD_BY_APP);

        second.useSeparateSandbox();

        assertThat(signedIn).hasSize(2);
        assertThat(signedIn.get(1).baseUrl()).isNotEqualTo(firstSession.baseUrl());
        assertThat(quits).hasValue(0);
        // Both serve, each from its own data: the first app's sandbox is untouched.
        assertThat(firstSession.client().accounts().list(
                io.accountsdesk.client.accounts.AccountQuery.all().withLimit(1), null).items()).hasSize(1);
        assertThat(signedIn.get(1).client().accounts().list(
                io.accountsdesk.client.accounts.AccountQuery.all().withLimit(1), null).items()).hasSize(1);
    }

    @Test
    void dataHeldByAStandaloneSandboxOffersOnlyASandboxOfItsOwn() {
        Path dir = tmp.resolve("standalone");
        closing.add(Sandbox.start(options(dir)));
        SignInViewModel card = card(factory(dir, null));

        card.signIn();

        assertThat(card.sandboxTroubleProperty().get()).isEqualTo(Reason.HELD);
        assertThat(card.formErrorProperty().get()).contains("Another sandbox");
        card.showRunningApp();
        assertThat(quits).as("nothing to hand over to").hasValue(0);
        card.useSeparateSandbox();
        assertThat(signedIn).hasSize(1);
    }

    @Test
    void anAppThatLeftWithoutClosingItsBeaconIsSaidToBeGone() throws Exception {
        Path dir = tmp.resolve("gone");
        SessionFactory first = factory(dir, () -> { });
        signedIn.add(first.open(SignInRequest.sandbox()));
        // What a killed app leaves: its file, naming a port nobody listens on any more.
        Path beacon = dir.resolve("accounts-desk-app.beacon");
        int deadPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            deadPort = socket.getLocalPort();
        }
        Files.writeString(beacon, deadPort + " 00ff\n");
        SignInViewModel card = card(factory(dir, null));
        card.signIn();
        assertThat(card.sandboxTroubleProperty().get()).isEqualTo(Reason.HELD_BY_APP);

        card.showRunningApp();

        assertThat(quits).hasValue(0);
        assertThat(card.sandboxTroubleProperty().get()).isEqualTo(Reason.HELD);
        assertThat(card.formErrorProperty().get()).contains("did not answer");
    }
}
