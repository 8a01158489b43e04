package io.accountsdesk.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.accountsdesk.app.SandboxOutbox;
import io.accountsdesk.app.TestSandbox;
import io.accountsdesk.app.core.ManualScheduler;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.core.tasks.Activity;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.client.auth.OobChannel;
import io.accountsdesk.sandbox.users.DemoUsers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Everything logged at any level while a person signs in (a wrong password, the password, an SMS code, a wrong code,
 * a one-time code) and signs out holds none of what they typed or were given.
 */
class SignInLogsNoSecretsTest {

    @TempDir
    static Path dataDir;
    static TestSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = TestSandbox.start(dataDir, 1);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void noPasswordCodeOrTokenReachesTheLog() throws Exception {
        // The app's and the client's loggers, at every level; the sandbox stands in for the server, whose logs are
        // not the app's.
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        List<Logger> loggers = new ArrayList<>();
        List<Level> levels = new ArrayList<>();
        ch.qos.logback.classic.LoggerContext context = (ch.qos.logback.classic.LoggerContext)
                LoggerFactory.getILoggerFactory();
        for (Logger logger : context.getLoggerList()) {
            String name = logger.getName();
            if (name.startsWith("io.accountsdesk.app") || name.startsWith("io.accountsdesk.client")) {
                loggers.add(logger);
                levels.add(logger.getLevel());
            }
        }
        for (String name : List.of("io.accountsdesk.app", "io.accountsdesk.client", "io.accountsdesk.client.http")) {
            Logger logger = context.getLogger(name);
            if (!loggers.contains(logger)) {
                loggers.add(logger);
                levels.add(logger.getLevel());
            }
        }
        loggers.forEach(logger -> logger.setLevel(Level.ALL));
        context.getLogger("io.accountsdesk.app").addAppender(log);
        context.getLogger("io.accountsdesk.client").addAppender(log);
        List<String> secrets = new ArrayList<>();
        try {
            secrets.addAll(signInAndOut());
        } finally {
            context.getLogger("io.accountsdesk.app").detachAppender(log);
            context.getLogger("io.accountsdesk.client").detachAppender(log);
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).setLevel(levels.get(i));
            }
        }

        assertThat(log.list).as("the sign-in was logged at all").isNotEmpty();
        StringBuilder everything = new StringBuilder();
        for (ILoggingEvent event : log.list) {
            everything.append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                everything.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
        }
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(5);
        for (String secret : secrets) {
            assertThat(everything.toString()).doesNotContain(secret);
        }
    }

    /** Signs in the ways a person does, and returns every secret that passed through the card. */
    private static List<String> signInAndOut() throws Exception {
        List<String> secrets = new ArrayList<>(List.of(DemoUsers.PASSWORD, "Wrong-Password-42"));
        List<Session> signedIn = new ArrayList<>();
        SignInViewModel card = new SignInViewModel(sandbox.factory()::open,
                TaskRunner.synchronous(new Activity(UiScheduler.IMMEDIATE), Throwable::getMessage),
                new ManualScheduler(), Messages.load(Locale.ENGLISH), signedIn::add, () -> { });
        card.wayProperty().set(SignInWay.PASSWORD);
        PasswordWayViewModel password = card.password();
        password.usernameProperty().set(DemoUsers.MFA_TRAINEE);
        password.passwordProperty().set("Wrong-Password-42");
        password.signIn();
        password.passwordProperty().set(DemoUsers.PASSWORD);
        password.signIn();
        password.sendCode(OobChannel.SMS);
        String code = SandboxOutbox.latestCode(sandbox.session(), DemoUsers.MFA_PHONE, "mfa");
        secrets.add(code);
        password.codeProperty().set(SandboxOutbox.wrong(code));
        secrets.add(SandboxOutbox.wrong(code));
        password.submitCode();
        password.codeProperty().set(code);
        password.submitCode();
        assertThat(signedIn).hasSize(1);
        secrets.add(signedIn.get(0).person().orElseThrow().tokens().accessToken());
        signedIn.get(0).signOut().get(10, TimeUnit.SECONDS);

        card.wayProperty().set(SignInWay.ONE_TIME_CODE);
        card.oneTimeCode().emailProperty().set(DemoUsers.TRAINEE);
        card.oneTimeCode().sendCode();
        String oneTime = SandboxOutbox.latestCode(sandbox.session(), DemoUsers.TRAINEE, "passwordless");
        secrets.add(oneTime);
        card.oneTimeCode().codeProperty().set(oneTime);
        card.oneTimeCode().submitCode();
        assertThat(signedIn).hasSize(2);
        signedIn.get(1).signOut().get(10, TimeUnit.SECONDS);
        return secrets;
    }
}
