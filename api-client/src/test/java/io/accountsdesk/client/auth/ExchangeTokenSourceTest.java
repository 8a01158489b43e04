package io.accountsdesk.client.auth;

import static io.accountsdesk.client.MockApi.body;
import static io.accountsdesk.client.MockApi.parse;
import static io.accountsdesk.client.MockApi.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.MockApi;
import io.accountsdesk.client.http.HttpTransport;
import java.time.Duration;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExchangeTokenSourceTest {

    private static final String PARTNER = "T12300000";
    private static final String SUB_ACCOUNT = "T12345678";
    private final MockApi api = new MockApi();

    @AfterEach
    void stop() {
        api.close();
    }

    private ExchangeTokenSource source() {
        HttpTransport asPartner = api.newTransport(null, null);
        asPartner.useTokens(MockApi.fixed("partner-token"));
        return new ExchangeTokenSource(new AuthApi(asPartner), PARTNER, SUB_ACCOUNT, api.clock);
    }

    @Test
    void exchangesWithThePartnersTokenCachesAndRenewsEarly() {
        ExchangeTokenSource tokens = source();
        api.answer(200, token("sub-1", 3600L, "ignored-refresh"));
        api.answer(200, token("sub-2", 3600L, null));

        assertThat(tokens.accessToken()).isEqualTo("sub-1");
        api.clock.advance(Duration.ofSeconds(3539));
        assertThat(tokens.accessToken()).isEqualTo("sub-1");
        api.clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.accessToken()).isEqualTo("sub-2");

        RecordedRequest exchange = api.take();
        assertThat(exchange.getMethod()).isEqualTo("POST");
        assertThat(exchange.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12300000/auth/exchange_token");
        assertThat(exchange.getHeaders().get("Authorization")).isEqualTo("Bearer partner-token");
        assertThat(body(exchange)).isEqualTo(parse("{\"account_id\":\"T12345678\"}"));
        assertThat(api.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aRefusedExchangedTokenIsExchangedAgain() {
        ExchangeTokenSource tokens = source();
        api.answer(200, token("sub-1", 3600L, null));
        api.answer(200, token("sub-2", 3600L, null));

        String first = tokens.accessToken();
        tokens.invalidate("not-the-current-one");
        assertThat(tokens.accessToken()).isEqualTo(first);
        tokens.invalidate(first);
        assertThat(tokens.accessToken()).isEqualTo("sub-2");
    }

    @Test
    void idsAreCheckedBeforeAnythingIsSent() {
        AuthApi auth = new AuthApi(api.transport);
        assertThatThrownBy(() -> new ExchangeTokenSource(auth, "T12345678", SUB_ACCOUNT, api.clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partner");
        assertThatThrownBy(() -> new ExchangeTokenSource(auth, PARTNER, "T123", api.clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("account id");
        assertThat(api.server.getRequestCount()).isZero();
    }
}
