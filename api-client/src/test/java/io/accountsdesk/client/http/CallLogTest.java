package io.accountsdesk.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.SandboxFixture;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.auth.TokenResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Every call leaves one log line with what happened, and nothing that would let a reader of the log act as us. */
class CallLogTest {

    @Test
    void oneLinePerCallWithTemplateStatusAndDurationButNoSecrets(@TempDir Path dir) {
        Logger logger = (Logger) LoggerFactory.getLogger("io.accountsdesk.client.http");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try (SandboxFixture fixture = SandboxFixture.start(dir, 5); ApiClient client = fixture.client()) {
            String accountId = client.accounts().list(AccountQuery.all(), null).items().get(0).accountId();
            client.accounts().get(accountId);
            TokenResponse token = client.auth().clientCredentialsToken(fixture.sandbox().credentials().partnerId());

            List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(lines).anyMatch(line -> line.matches("POST /accounts/\\{oid}/auth/token -> 200 in \\d+ ms.*"));
            assertThat(lines).anyMatch(line -> line.matches("GET /accounts/\\{oid}/management/accounts -> 200 in \\d+ ms.*"));
            assertThat(lines).anyMatch(line -> line.matches("GET /accounts/\\{oid}/management/accounts/\\{aid} -> 200 in \\d+ ms.*"));
            assertThat(lines).hasSize(4); // token, list, get, and the explicit token call

            String secret = fixture.sandbox().credentials().clientSecret();
            assertThat(lines).noneMatch(line -> line.contains(secret));
            assertThat(lines).noneMatch(line -> line.contains(token.accessToken()));
            assertThat(lines).noneMatch(line -> line.contains("Bearer") || line.contains("Basic"));
            assertThat(lines).noneMatch(line -> line.contains(accountId));
        } finally {
            logger.detachAppender(appender);
        }
    }
}
