package io.accountsdesk.client.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.ClientCredentials;
import io.accountsdesk.client.ApiConfig;
import io.accountsdesk.client.SandboxFixture;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.FieldError;
import io.accountsdesk.client.http.InvalidParameterException;
import io.accountsdesk.client.paging.Page;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against a real sandbox over loopback HTTP. */
class AccountsApiIntegrationTest {

    private static final int ACCOUNTS = 60;

    @TempDir
    static Path dataDir;
    static SandboxFixture fixture;
    static ApiClient client;
    static List<Account> everyAccount;

    @BeforeAll
    static void start() {
        fixture = SandboxFixture.start(dataDir, ACCOUNTS);
        client = fixture.client();
        everyAccount = client.accounts().stream(AccountQuery.all().withLimit(25)).toList();
    }

    @AfterAll
    static void stop() {
        client.close();
        fixture.close();
    }

    @Test
    void streamingVisitsEveryAccountOnce() {
        Set<String> ids = everyAccount.stream().map(Account::accountId).collect(Collectors.toSet());
        assertThat(everyAccount).hasSize(ACCOUNTS);
        assertThat(ids).hasSize(ACCOUNTS);
    }

    @Test
    void pagesCarryACursorUntilTheLastOne() {
        Page<Account> first = client.accounts().list(AccountQuery.all().withLimit(50), null);
        assertThat(first.items()).hasSize(50);
        assertThat(first.nextCursor()).isEqualTo(first.items().get(49).accountId());

        Page<Account> second = client.accounts().list(AccountQuery.all().withLimit(50), first.nextCursor());
        assertThat(second.items()).hasSize(ACCOUNTS - 50);
        assertThat(second.hasMore()).isFalse();
        Set<String> seen = new HashSet<>();
        first.items().forEach(a -> seen.add(a.accountId()));
        second.items().forEach(a -> assertThat(seen.add(a.accountId())).isTrue());
    }

    @Test
    void accountsAreTypedFromTheSeedShape() {
        Account account = everyAccount.get(0);
        assertThat(account.accountId()).matches("^[PT]\\d{8}$");
        assertThat(account.partnerId()).isEqualTo(fixture.sandbox().credentials().partnerId());
        assertThat(account.createdAt()).isNotNull();
        assertThat(account.company().businessName()).isNotBlank();
        assertThat(account.company().organizationNumber()).isNotBlank();
        assertThat(account.company().address().country()).isIn("NO", "SE", "DK", "FI");
        assertThat(account.progression()).isNotNull();
        assertThat(account.accountManager().email()).endsWith("@dintero.com");
        assertThat(everyAccount).anySatisfy(a -> assertThat(a.connections()).isNotEmpty());
    }

    @Test
    void servicesStatisticsAndAgreementsAreTyped() {
        assertThat(everyAccount).allSatisfy(a -> {
            assertThat(a.services().checkout()).isNotNull();
            assertThat(a.saleChannel().isKnown()).isTrue();
            assertThat(a.applicant().agreement().acceptedAt()).isBefore(a.createdAt());
        });
        assertThat(everyAccount).anySatisfy(a -> assertThat(a.servicesByName().get("checkout").featureStatuses())
                .isNotEmpty()
                .allSatisfy((name, feature) -> assertThat(feature.requested()).isEqualTo("enable")));
        assertThat(everyAccount).anySatisfy(a -> assertThat(a.services().payout()).isNotNull());
        assertThat(everyAccount).anySatisfy(a -> assertThat(a.statistics().metrics().lastCaptureAt()).isNotBlank());
    }

    @Test
    void searchNarrowsTheListOnTheServer() {
        Account target = everyAccount.get(7);
        List<Account> found = client.accounts().stream(AccountQuery.all().withSearch(target.accountId())).toList();
        assertThat(found).extracting(Account::accountId).containsExactly(target.accountId());
    }

    @Test
    void connectionFilterReturnsOnlyAccountsWithThatConnection() {
        String connection = mostCommonConnection();
        List<Account> filtered = client.accounts()
                .stream(AccountQuery.all().withLimit(100).withConnections(List.of(connection))).toList();
        long expected = everyAccount.stream().filter(a -> a.connections().containsKey(connection)).count();
        assertThat(filtered).hasSize((int) expected).isNotEmpty()
                .allSatisfy(a -> assertThat(a.connections()).containsKey(connection));
    }

    @Test
    void statusAndManagerFiltersCombine() {
        String manager = everyAccount.get(0).accountManager().email();
        List<Account> filtered = client.accounts().stream(AccountQuery.all().withLimit(100)
                .withConnectionStatuses(List.of("enabled"))
                .withAccountManagers(List.of(manager))).toList();
        long expected = everyAccount.stream()
                .filter(a -> manager.equals(a.accountManager().email()))
                .filter(a -> a.connectionStatuses().containsValue(ConnectionStatus.ENABLED))
                .count();
        assertThat(filtered).hasSize((int) expected);
        assertThat(filtered).allSatisfy(a -> {
            assertThat(a.accountManager().email()).isEqualTo(manager);
            assertThat(a.connectionStatuses()).containsValue(ConnectionStatus.ENABLED);
        });
    }

    @Test
    void getReturnsTheSameAccountAsTheList() {
        Account listed = everyAccount.get(3);
        Account fetched = client.accounts().get(listed.accountId());
        assertThat(fetched).isEqualTo(listed);
    }

    @Test
    void unknownAccountIsNotFound() {
        String unknown = "T99999998";
        assertThat(everyAccount).noneMatch(a -> a.accountId().equals(unknown));
        assertThatThrownBy(() -> client.accounts().get(unknown))
                .isInstanceOfSatisfying(ApiException.NotFound.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    @Test
    void malformedAccountIdFailsBeforeAnyRequest() {
        assertThatThrownBy(() -> client.accounts().get("T123/../x"))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("aid"));
    }

    @Test
    void wrongSecretIsUnauthorized() {
        ApiConfig good = fixture.config();
        ApiConfig wrong = new ApiConfig(good.baseUrl(), good.accountId(),
                new ClientCredentials(good.credentials().clientId(), "not-the-secret"), null, null, null, null, null, null);
        try (ApiClient impostor = ApiClient.create(wrong)) {
            assertThatThrownBy(impostor::signIn)
                    .isInstanceOfSatisfying(ApiException.Unauthorized.class,
                            e -> assertThat(e.status()).isEqualTo(401));
        }
    }

    @Test
    void unreachableServerIsANetworkError() {
        ApiConfig good = fixture.config();
        // Port 9 (discard) is closed on loopback in any sane test environment.
        ApiConfig nowhere = ApiConfig.of("http://127.0.0.1:9/v1", good.accountId(), good.credentials());
        try (ApiClient lost = ApiClient.create(nowhere)) {
            assertThatThrownBy(lost::signIn)
                    .isInstanceOfSatisfying(ApiException.Network.class, e -> {
                        assertThat(e.status()).isZero();
                        assertThat(e.getMessage()).contains("127.0.0.1");
                    });
        }
    }

    @Test
    void serverValidationErrorsNameTheField() {
        assertThatThrownBy(() -> client.accounts().list(AccountQuery.all().withConnections(List.of("no-such-bank")), null))
                .isInstanceOfSatisfying(ApiException.Validation.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(FieldError::field).contains("connection");
                });
    }

    @Test
    void limitOutsideTheSeedRangeIsRefusedBeforeSending() {
        assertThatThrownBy(() -> AccountQuery.all().withLimit(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccountQuery.all().withLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private String mostCommonConnection() {
        return everyAccount.stream()
                .flatMap(a -> a.connections().keySet().stream())
                .collect(Collectors.groupingBy(name -> name, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
