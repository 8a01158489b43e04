package io.accountsdesk.client.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountsdesk.client.connections.bambora.BamboraConfiguration;
import io.accountsdesk.client.connections.payex.PayExCallback;
import io.accountsdesk.client.connections.swish.SwishOverrideCredentials;
import io.accountsdesk.client.connections.vipps.VippsCallback;
import io.accountsdesk.client.connections.vipps.VippsConfiguration;
import io.accountsdesk.client.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionModelsTest {

    private static final ObjectMapper MAPPER = Json.newMapper();
    private static final List<PaymentOption> CARD = List.of(new PaymentOption(List.of("NOK"), "payex.creditcard"));

    @Test
    void theSeedAllowsAtMostOneStoreOverridePerCall() {
        StoreOverride<SwishOverrideCredentials> one = new StoreOverride<>("999", new SwishOverrideCredentials("123"));
        assertThat(new StoreOverrides<>(List.of(one)).overrides()).hasSize(1);
        assertThat(new StoreOverrides<SwishOverrideCredentials>(List.of()).overrides()).isEmpty();
        assertThatThrownBy(() -> new StoreOverrides<>(List.of(one, one)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("At most 1");
    }

    @Test
    void aStoreOverrideIsSentInTheSeedsShape() {
        JsonNode written = MAPPER.valueToTree(StoreOverrides.of("999", new SwishOverrideCredentials("1231182293")));
        assertThat(written.toString())
                .isEqualTo("{\"overrides\":[{\"store_id\":\"999\",\"credentials\":{\"swish_number\":\"1231182293\"}}]}");
    }

    @Test
    void payExSubsiteIsLimitedTo40Characters() {
        String forty = "s".repeat(40);
        assertThat(new PayExCallback("t", "payee", forty, CARD).subsite()).isEqualTo(forty);
        assertThatThrownBy(() -> new PayExCallback("t", "payee", forty + "s", CARD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("41");
    }

    @Test
    void callbacksRefuseToBeBuiltWithoutTheirRequiredFields() {
        assertThatThrownBy(() -> new PayExCallback("t", null, null, CARD))
                .isInstanceOf(NullPointerException.class).hasMessage("payee_id");
        assertThatThrownBy(() -> new ConnectionSignupRequest<>(null))
                .isInstanceOf(NullPointerException.class).hasMessage("signup");
    }

    @Test
    void theVippsCallbackIsWrittenWithVippsNamesWhileTheConfigurationIsReadInSnakeCase() throws Exception {
        VippsCallback callback = new VippsCallback("signup-1", "692493206", "Shop", "00:00:00", "123456", "client-1",
                "secret-1", List.of(new VippsCallback.SubscriptionKey("Access", "key-1")));
        JsonNode written = MAPPER.valueToTree(callback);
        assertThat(written.fieldNames()).toIterable().containsExactly("signup-id", "orgnumber", "merchant-name",
                "createdTime", "merchantSerialNumber", "client_Id", "client_Secret", "subscriptionKeys");
        assertThat(written.at("/subscriptionKeys/0/ocp-apim-subscription-key").asText()).isEqualTo("key-1");

        VippsConfiguration configuration = MAPPER.readValue("""
                {"merchant_serial_number":"123456","client_id":"client-1",
                 "subscription_keys":[{"product":"Access","ocp_apim_subscription_key":"key-1"}]}""",
                VippsConfiguration.class);
        assertThat(configuration.merchantSerialNumber()).isEqualTo("123456");
        assertThat(configuration.subscriptionKeys().get(0).ocpApimSubscriptionKey()).isEqualTo("key-1");
    }

    @Test
    void bamboraAccessTokenKeepsWhateverTypeTheServerSends() throws Exception {
        // The seed shows it as a number in the configuration and as a string in the callback that sets it.
        for (String token : List.of("0", "\"tok-1\"")) {
            BamboraConfiguration read = MAPPER.readValue("{\"access_token\":" + token + "}", BamboraConfiguration.class);
            assertThat(MAPPER.writeValueAsString(read)).isEqualTo("{\"access_token\":" + token + "}");
        }
    }
}
