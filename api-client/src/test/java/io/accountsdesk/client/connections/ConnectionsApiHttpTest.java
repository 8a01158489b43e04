package io.accountsdesk.client.connections;

import static io.accountsdesk.client.MockApi.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.client.MockApi;
import io.accountsdesk.client.accounts.ConnectionStatus;
import io.accountsdesk.client.connections.bambora.BamboraConnection;
import io.accountsdesk.client.connections.bambora.BamboraPayFacSignup;
import io.accountsdesk.client.connections.instabank.InstabankCallback;
import io.accountsdesk.client.connections.klarna.KlarnaSignup;
import io.accountsdesk.client.connections.payex.PayExApi;
import io.accountsdesk.client.connections.swish.SwishCallback;
import io.accountsdesk.client.contract.SpecFiles;
import io.accountsdesk.client.http.InvalidParameterException;
import java.nio.file.Files;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the connection calls put on the wire: query parameters, path segments and bodies. The sandbox does not serve
 * connection routes yet, so a MockWebServer stands in and answers with the seed's own examples.
 */
class ConnectionsApiHttpTest {

    private static final String AID = "T12345678";
    private static final String PREFIX = "/v1/accounts/" + AID + "/management/settings/connections/";

    private final MockApi api = new MockApi();
    private final ConnectionsApi connections = new ConnectionsApi(api.transport, "P12300000");

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void payFacSignupSendsForceNewSignupOnlyWhenGivenAndReadsTheConnection() throws Exception {
        BamboraPayFacSignup signup = new BamboraPayFacSignup("case-1", "P12345678", "md5-secret",
                List.of(new PaymentOption(List.of("NOK"), "bambora.creditcard")), 5814);
        answerWith("L08132.json");
        answerWith("L08132.json");

        BamboraConnection forced = connections.bambora().startPayFacSignup(AID, signup, true);
        connections.bambora().startPayFacSignup(AID, signup);

        RecordedRequest first = api.take();
        assertThat(first.getMethod()).isEqualTo("POST");
        assertThat(first.getTarget()).isEqualTo(PREFIX + "bambora/payfac?force_new_signup=true");
        JsonNode body = body(first);
        assertThat(body.at("/signup/md5_key").asText()).isEqualTo("md5-secret");
        assertThat(body.at("/signup/mcc").asInt()).isEqualTo(5814);
        assertThat(body.at("/signup").has("created_at")).isFalse();
        assertThat(api.take().getTarget()).isEqualTo(PREFIX + "bambora/payfac");

        assertThat(forced.status()).isEqualTo(ConnectionStatus.PENDING);
        assertThat(forced.submerchantSignups()).singleElement().extracting(BamboraPayFacSignup::mcc).isEqualTo(5814);
    }

    @Test
    void klarnaForceNewSignupFalseIsSentAsGiven() throws Exception {
        answerWith("L09404.json");
        connections.klarna().startSignup(AID, new KlarnaSignup("case-1", null, "EU_DINTERO_PP001", 5814), false);
        assertThat(api.take().getTarget()).isEqualTo(PREFIX + "klarna?force_new_signup=false");
    }

    @Test
    void aCallbackReferenceStaysOneEncodedPathSegment() throws Exception {
        api.answer("{}");
        connections.swish().completeSignup(AID, "ref/with space?x", new SwishCallback("1231182293", null, null, null,
                null, null));
        assertThat(api.take().getTarget()).isEqualTo(PREFIX + "swish/ref%2Fwith%20space%3Fx");
    }

    @Test
    void aBlankCallbackReferenceOrMalformedAccountFailsBeforeAnyRequest() {
        assertThatThrownBy(() -> connections.instabank().completeSignup(AID, " ", new InstabankCallback("123")))
                .isInstanceOf(InvalidParameterException.class)
                .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo("callback_reference");
        assertThatThrownBy(() -> connections.vipps().get("P123"))
                .isInstanceOf(InvalidParameterException.class)
                .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo("aid");
        assertThat(api.server.getRequestCount()).isZero();
    }

    @Test
    void payExAcceptsProductTypesBeyondTheSeedsOne() throws Exception {
        answerWith("L09770.json");
        answerWith("L09770.json");
        connections.payEx().get(AID, PayExApi.CREDITCARD);
        connections.payEx().get(AID, "payex.vipps");
        assertThat(api.take().getTarget()).isEqualTo(PREFIX + "payex/payex.creditcard");
        assertThat(api.take().getTarget()).isEqualTo(PREFIX + "payex/payex.vipps");
    }

    @Test
    void vippsSignupAndRestartSendNoBody() throws Exception {
        answerWith("L10110.json");
        answerWith("L10110.json");
        var started = connections.vipps().startSignup(AID);
        connections.vipps().restartSignup(AID);

        RecordedRequest post = api.take();
        RecordedRequest put = api.take();
        assertThat(post.getMethod()).isEqualTo("POST");
        assertThat(put.getMethod()).isEqualTo("PUT");
        assertThat(post.getBodySize()).isZero();
        assertThat(put.getBodySize()).isZero();
        assertThat(started.signup().id()).isEqualTo("81b83246-5c19-7b94-875b-ea6d1114f099");
        assertThat(started.configuration().subscriptionKeys()).hasSize(1);
    }

    private void answerWith(String example) throws Exception {
        api.answer(Files.readString(SpecFiles.example(example)));
    }
}
