package io.accountsdesk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.settings.AccountSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A partner acting on a sub-account, against a real sandbox: the partner's client-credentials token, one exchange
 * for the sub-account, then calls that carry the exchanged token. Which token a call carried shows in what the
 * sandbox lets it do (the exchanged token reaches the sub-account and not the partner); how many exchanges happened
 * shows in the client's call log, one line per request.
 */
class ApiClientTest {

    private static final int ACCOUNTS = 3;
    private static final String EXCHANGE = "POST /accounts/{partner_id}/auth/exchange_token -> 200";
    private static final String TOKEN = "POST /accounts/{oid}/auth/token -> 200";

    private static Path dir;
    private static SandboxFixture fixture;

    private final Logger callLog = (Logger) LoggerFactory.getLogger("io.accountsdesk.client.http");
    private final ListAppender<ILoggingEvent> calls = new ListAppender<>();

    @BeforeAll
    static void startSandbox() throws IOException {
        dir = Files.createTempDirectory("api-client-test");
        fixture = SandboxFixture.start(dir, ACCOUNTS);
    }

    @AfterAll
    static void stopSandbox() throws IOException {
        try {
            fixture.close();
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    @BeforeEach
    void recordCalls() {
        calls.start();
        callLog.addAppender(calls);
    }

    @AfterEach
    void stopRecording() {
        callLog.detachAppender(calls);
    }

    @Test
    void actingOnASubAccountUsesAnExchangedTokenAndTheSubAccountsId() {
        String partnerId = fixture.sandbox().credentials().partnerId();
        try (ApiClient partner = fixture.client()) {
            List<Account> seeded = partner.accounts().list(AccountQuery.all(), null).items();
            assertThat(seeded).hasSize(ACCOUNTS);
            String subId = seeded.get(1).accountId();
            assertThat(subId).isNotEqualTo(partnerId);

            try (ApiClient sub = partner.actingOn(subId)) {
                assertThat(sub.config().accountId()).isEqualTo(subId);
                AccountSettings first = sub.settings().get(subId);
                AccountSettings second = sub.settings().get(subId);
                assertThat(first.accountId()).isEqualTo(subId);
                assertThat(second.accountId()).isEqualTo(subId);

                // The partner's own token may read the partner's settings; the exchanged one may not. So the
                // sub-account view really sends the exchanged token, not the partner's.
                assertThat(partner.settings().get(partnerId).accountId()).isEqualTo(partnerId);
                assertThatThrownBy(() -> sub.settings().get(partnerId)).isInstanceOf(ApiException.Forbidden.class);
            }
        }

        List<String> lines = lines();
        assertThat(lines).as("one client-credentials token serves the partner and the exchange")
                .filteredOn(line -> line.startsWith(TOKEN)).hasSize(1);
        assertThat(lines).as("one exchange serves all the sub-account's calls")
                .filteredOn(line -> line.startsWith(EXCHANGE)).hasSize(1);
        assertThat(lines.indexOf(lines.stream().filter(line -> line.startsWith(EXCHANGE)).findFirst().orElseThrow()))
                .as("the exchange comes after the partner's token").isGreaterThan(lines.indexOf(
                        lines.stream().filter(line -> line.startsWith(TOKEN)).findFirst().orElseThrow()));
        assertThat(lines).filteredOn(line -> line.startsWith("GET /accounts/{aid}/management/settings -> 200"))
                .hasSize(3);
    }

    @Test
    void closingTheSubAccountViewLeavesThePartnerClientWorking() {
        try (ApiClient partner = fixture.client()) {
            List<Account> before = partner.accounts().list(AccountQuery.all(), null).items();
            String subId = before.get(0).accountId();
            ApiClient sub = partner.actingOn(subId);
            assertThat(sub.settings().get(subId).accountId()).isEqualTo(subId);
            sub.close();

            List<Account> after = partner.accounts().list(AccountQuery.all(), null).items();
            assertThat(after).extracting(Account::accountId)
                    .containsExactlyElementsOf(before.stream().map(Account::accountId).toList())
                    .hasSize(ACCOUNTS);
            assertThat(partner.accounts().get(subId).accountId()).isEqualTo(subId);
        }
    }

    private List<String> lines() {
        return calls.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
