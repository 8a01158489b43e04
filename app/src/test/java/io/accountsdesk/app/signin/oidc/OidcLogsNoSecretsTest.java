package io.accountsdesk.app.signin.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.accountsdesk.app.TestSandbox;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.core.tasks.Activity;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.signin.SignInViewModel;
import io.accountsdesk.app.signin.SignInWay;
import io.accountsdesk.sandbox.users.DemoUsers;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Everything the app and the client log, at any level, during single sign-on (one that works, one whose answer
 * carries another state, one cancelled at the provider) holds neither the code the browser brought back nor the
 * state of the sign-in.
 */
class OidcLogsNoSecretsTest {

    @TempDir
    Path dataDir;

    @Test
    void neitherTheCodeNorTheStateReachesTheLog() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Map<Logger, Level> before = new HashMap<>();
        for (String name : List.of("io.accountsdesk.app", "io.accountsdesk.client")) {
            Logger logger = context.getLogger(name);
            before.put(logger, logger.getLevel());
            logger.setLevel(Level.ALL);
            logger.addAppender(log);
        }
        List<String> secrets = new ArrayList<>();
        List<Session> signedIn = new ArrayList<>();
        try (TestSandbox sandbox = TestSandbox.start(dataDir, 1)) {
            Messages messages = Messages.load(Locale.ENGLISH);
            TaskRunner tasks = TaskRunner.synchronous(new Activity(UiScheduler.IMMEDIATE), Throwable::getMessage);
            for (SandboxUser.Does does : List.of(SandboxUser.Does.SIGN_IN, SandboxUser.Does.COME_BACK_WITH_ANOTHER_STATE,
                    SandboxUser.Does.CANCEL_AT_PROVIDER)) {
                SignInViewModel card = new SignInViewModel(sandbox.factory()::open, tasks, messages, signedIn::add);
                SandboxUser person = new SandboxUser(does, DemoUsers.TRAINEE);
                OidcSignInViewModel way = SingleSignOnWay.model(card, person, OidcProviderMemory.NONE, tasks, messages);
                card.wayProperty().set(SignInWay.OIDC);
                way.signIn();
                Map<String, String> back = query(person.lastLocation());
                secrets.add(back.get("state"));
                if (back.containsKey("code")) {
                    secrets.add(back.get("code"));
                }
            }
            assertThat(signedIn).hasSize(1);
            signedIn.forEach(Session::closeKeepingSignIn);
        } finally {
            before.forEach((logger, level) -> {
                logger.detachAppender(log);
                logger.setLevel(level);
            });
        }

        assertThat(secrets).hasSize(5).doesNotContainNull();
        assertThat(log.list).as("the sign-ins were logged at all").isNotEmpty();
        StringBuilder everything = new StringBuilder();
        for (ILoggingEvent event : log.list) {
            everything.append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                everything.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
        }
        for (String secret : secrets) {
            assertThat(everything.toString()).doesNotContain(secret);
        }
    }

    private static Map<String, String> query(String location) {
        Map<String, String> values = new HashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
