package io.accountsdesk.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.client.http.RetryPolicy;
import java.io.IOException;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * A partner acting on a sub-account: the sandbox cannot exchange tokens yet, so the three steps (client token with
 * Basic, exchange with the partner's Bearer, the call with the exchanged Bearer) are checked on a MockWebServer.
 */
class ApiClientTest {

    private static final String PARTNER = "T12300000";
    private static final String SUB_ACCOUNT = "T12345678";

    @Test
    void actingOnASubAccountUsesAnExchangedTokenAndTheSubAccountsId() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(MockApi.json(200, MockApi.token("partner-jwt", 3600L, null)));
            server.enqueue(MockApi.json(200, MockApi.token("sub-jwt", 3600L, null)));
            server.enqueue(MockApi.json(200, "{\"account_id\":\"" + SUB_ACCOUNT + "\"}"));
            server.enqueue(MockApi.json(200, "{\"account_id\":\"" + SUB_ACCOUNT + "\"}"));
            server.start();
            ApiConfig config = ApiConfig.of(server.url("/v1").toString(), PARTNER,
                    new ClientCredentials(MockApi.CLIENT_ID, MockApi.CLIENT_SECRET)).withRetry(RetryPolicy.none());

            try (ApiClient partner = ApiClient.create(config); ApiClient sub = partner.actingOn(SUB_ACCOUNT)) {
                assertThat(sub.config().accountId()).isEqualTo(SUB_ACCOUNT);
                sub.accounts().get(SUB_ACCOUNT);
                sub.accounts().get(SUB_ACCOUNT);
            }

            RecordedRequest clientToken = server.takeRequest();
            assertThat(clientToken.getUrl().encodedPath()).isEqualTo("/v1/accounts/" + PARTNER + "/auth/token");
            assertThat(clientToken.getHeaders().get("Authorization")).isEqualTo(MockApi.BASIC);
            RecordedRequest exchange = server.takeRequest();
            assertThat(exchange.getUrl().encodedPath()).isEqualTo("/v1/accounts/" + PARTNER + "/auth/exchange_token");
            assertThat(exchange.getHeaders().get("Authorization")).isEqualTo("Bearer partner-jwt");
            assertThat(exchange.getBody().utf8()).contains("\"account_id\":\"" + SUB_ACCOUNT + "\"");
            for (int call = 0; call < 2; call++) {
                RecordedRequest get = server.takeRequest();
                assertThat(get.getUrl().encodedPath())
                        .isEqualTo("/v1/accounts/" + SUB_ACCOUNT + "/management/accounts/" + SUB_ACCOUNT);
                assertThat(get.getHeaders().get("Authorization")).isEqualTo("Bearer sub-jwt");
            }
            assertThat(server.getRequestCount()).as("one exchange serves both calls").isEqualTo(4);
        }
    }

    @Test
    void closingTheSubAccountViewLeavesThePartnerClientWorking() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(MockApi.json(200, MockApi.token("partner-jwt", 3600L, null)));
            server.enqueue(MockApi.json(200, "[]"));
            server.start();
            ApiConfig config = ApiConfig.of(server.url("/v1").toString(), PARTNER,
                    new ClientCredentials(MockApi.CLIENT_ID, MockApi.CLIENT_SECRET));
            try (ApiClient partner = ApiClient.create(config)) {
                partner.actingOn(SUB_ACCOUNT).close();
                assertThat(partner.accounts().list(io.accountsdesk.client.accounts.AccountQuery.all(), null).items())
                        .isEmpty();
            }
        }
    }
}
