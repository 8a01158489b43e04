package io.accountsdesk.client.connections;

import static io.accountsdesk.client.MockApi.JSON;
import static io.accountsdesk.client.MockApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.client.MockApi;
import io.accountsdesk.client.accounts.ConnectionHistory;
import io.accountsdesk.client.accounts.ConnectionStatus;
import io.accountsdesk.client.connections.applepay.ApplePayApi;
import io.accountsdesk.client.connections.applepay.ApplePaySignup;
import io.accountsdesk.client.connections.bambora.BamboraConnection;
import io.accountsdesk.client.connections.collector.CollectorApi;
import io.accountsdesk.client.connections.collector.CollectorCallback;
import io.accountsdesk.client.connections.collector.CollectorSignup;
import io.accountsdesk.client.connections.common.CommonApi;
import io.accountsdesk.client.connections.common.CommonSignup;
import io.accountsdesk.client.connections.instabank.InstabankApi;
import io.accountsdesk.client.connections.instabank.InstabankCallback;
import io.accountsdesk.client.connections.instabank.InstabankSignup;
import io.accountsdesk.client.connections.klarna.KlarnaApi;
import io.accountsdesk.client.connections.klarna.KlarnaSignup;
import io.accountsdesk.client.connections.swish.SwishApi;
import io.accountsdesk.client.connections.swish.SwishCallback;
import io.accountsdesk.client.connections.swish.SwishSignup;
import io.accountsdesk.client.connections.vippspsp.VippsPspApi;
import io.accountsdesk.client.connections.vippspsp.VippsPspSignup;
import io.accountsdesk.client.connections.visatokens.VisaTokensApi;
import io.accountsdesk.client.connections.visatokens.VisaTokensSignup;
import io.accountsdesk.client.http.Operation;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The providers whose start / read / complete calls live once in {@link ProviderConnectionApi} and
 * {@link CallbackConnectionApi}: each provider's calls must still go to that provider's own operation constants, with
 * the shared {@code {"signup": ...}} wrapper, and read the answer as its typed connection.
 */
class ProviderConnectionApiTest {

    private static final String AID = "T12345678";
    private static final List<PaymentOption> OPTIONS = List.of(new PaymentOption(List.of("NOK"), "x.y"));

    private final MockApi api = new MockApi();
    private final ConnectionsApi connections = new ConnectionsApi(api.transport, "P12300000");

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void eachProviderStartsAndReadsItsConnectionThroughItsOwnConstants() {
        startAndGet(connections.collector(), new CollectorSignup("Shop AS", null, "937052766", null, null, null,
                OPTIONS), CollectorApi.SIGNUP, CollectorApi.GET);
        startAndGet(connections.swish(), new SwishSignup("Shop AS", null, "937052766", null, null, null, OPTIONS),
                SwishApi.SIGNUP, SwishApi.GET);
        startAndGet(connections.instabank(), new InstabankSignup("shop@example.com", null, null, null, null, null,
                null, null, OPTIONS, null, null), InstabankApi.SIGNUP, InstabankApi.GET);
        startAndGet(connections.applePay(), new ApplePaySignup("case-1", "m-1", "Shop", OPTIONS),
                ApplePayApi.SIGNUP, ApplePayApi.GET);
        startAndGet(connections.common(), new CommonSignup(OPTIONS, List.of("online"), null, null, null, null, null,
                null, null, null, null, null), CommonApi.SIGNUP, CommonApi.GET);
        startAndGet(connections.vippsPsp(), new VippsPspSignup("case-1", OPTIONS, null),
                VippsPspApi.SIGNUP, VippsPspApi.GET);
        startAndGet(connections.visaTokens(), new VisaTokensSignup("case-1"), VisaTokensApi.SIGNUP,
                VisaTokensApi.GET);
        startAndGet(connections.klarna(), new KlarnaSignup("case-1", OPTIONS, "EU_DINTERO_PP001", 5814),
                KlarnaApi.SIGNUP, KlarnaApi.GET);
    }

    @Test
    void eachProviderWithACallbackCompletesOnItsOwnCallbackConstant() {
        complete(connections.collector(), new CollectorCallback("user", "secret", 1L, "NO", null, OPTIONS),
                CollectorApi.CALLBACK);
        complete(connections.swish(), new SwishCallback("1231182293", null, null, null, null, OPTIONS),
                SwishApi.CALLBACK);
        complete(connections.instabank(), new InstabankCallback("937052766"), InstabankApi.CALLBACK);
    }

    @Test
    void eventsAreNeverNullWhicheverRecordReadsTheConnection() throws Exception {
        for (String json : List.of("{\"status\":\"pending\"}", "{\"status\":\"pending\",\"events\":null}")) {
            List<ConnectionHistory> read = List.of(JSON.readValue(json, ConnectionDetails.class),
                    JSON.readValue(json, BamboraConnection.class));
            assertThat(read).allSatisfy(connection -> {
                assertThat(connection.status()).isEqualTo(ConnectionStatus.PENDING);
                assertThat(connection.events()).isNotNull().isEmpty();
            });
        }
    }

    private <S> void startAndGet(ProviderConnectionApi<S, ?> provider, S signup, Operation start, Operation get) {
        api.answer("{\"status\":\"pending\"}");
        api.answer("{\"status\":\"enabled\",\"events\":[{\"id\":\"e-1\",\"status\":\"enabled\"}]}");

        ConnectionDetails<S, ?> started = provider.startSignup(AID, signup);
        ConnectionDetails<S, ?> read = provider.get(AID);

        RecordedRequest post = api.take();
        assertThat(post.getMethod()).isEqualTo(start.method()).isEqualTo("POST");
        assertThat(post.getTarget()).isEqualTo(target(start));
        assertThat(body(post)).isEqualTo(asSent(Map.of("signup", signup)));
        RecordedRequest getRequest = api.take();
        assertThat(getRequest.getMethod()).isEqualTo(get.method()).isEqualTo("GET");
        assertThat(getRequest.getTarget()).isEqualTo(target(get));
        assertThat(getRequest.getBodySize()).isZero();

        assertThat(started.status()).isEqualTo(ConnectionStatus.PENDING);
        assertThat(started.events()).isEmpty();
        assertThat(read.status()).isEqualTo(ConnectionStatus.ENABLED);
        assertThat(read.events()).singleElement().satisfies(event -> assertThat(event.id()).isEqualTo("e-1"));
    }

    private <K> void complete(CallbackConnectionApi<?, ?, K> provider, K callback, Operation operation) {
        api.answer("{}");
        provider.completeSignup(AID, "ref-1", callback);
        RecordedRequest post = api.take();
        assertThat(post.getMethod()).isEqualTo(operation.method()).isEqualTo("POST");
        assertThat(post.getTarget()).isEqualTo(target(operation).replace("{callback_reference}", "ref-1"));
        assertThat(body(post)).isEqualTo(asSent(callback));
    }

    /** {@code value} written by production's mapper and read back, as the request body is. */
    private static JsonNode asSent(Object value) {
        try {
            return MockApi.parse(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String target(Operation operation) {
        return "/v1" + operation.path().replace("{aid}", AID);
    }
}
