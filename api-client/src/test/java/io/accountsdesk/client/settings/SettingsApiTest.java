package io.accountsdesk.client.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.client.accounts.AccountServicesInput;
import io.accountsdesk.client.accounts.AccountServicesInput.PayoutFeaturesInput;
import io.accountsdesk.client.accounts.AccountServicesInput.PayoutServiceInput;
import io.accountsdesk.client.accounts.AccountServicesInput.ServiceFeatureInput;
import io.accountsdesk.client.MockApi;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class SettingsApiTest {

    @Test
    void updateSendsOnlyThePartsSetAndReadsTheSettingsBack() {
        try (MockApi api = new MockApi()) {
            api.answer("{\"account_id\":\"T12345678\",\"services\":{\"payout\":{\"status\":\"enabled\","
                    + "\"features\":{\"daily_payouts\":{\"requested\":\"enable\",\"status\":\"pending\"}}}}}");
            SettingsUpdate update = SettingsUpdate.services(new AccountServicesInput(null, new PayoutServiceInput(
                    new PayoutFeaturesInput(null, null, null, null, null, ServiceFeatureInput.requested("enable")))));
            AccountSettings settings = new SettingsApi(api.transport).update("T12345678", update);

            RecordedRequest request = api.take();
            assertThat(request.getMethod()).isEqualTo("PUT");
            assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/management/settings");
            assertThat(MockApi.body(request).toString()).isEqualTo(
                    "{\"services\":{\"payout\":{\"features\":{\"daily_payouts\":{\"requested\":\"enable\"}}}}}");
            assertThat(settings.services().payout().featureStatuses().get("daily_payouts").status())
                    .isEqualTo("pending");
        }
    }
}
