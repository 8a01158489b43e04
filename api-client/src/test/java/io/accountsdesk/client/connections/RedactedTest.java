package io.accountsdesk.client.connections;

import io.accountsdesk.client.http.Redacted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import io.accountsdesk.client.connections.bambora.BamboraConfiguration;
import io.accountsdesk.client.connections.collector.CollectorCallback;
import io.accountsdesk.client.connections.common.BankAccount;
import io.accountsdesk.client.connections.payex.PayExOverrideCredentials;
import io.accountsdesk.client.connections.santander.SantanderOverrideCredentials;
import io.accountsdesk.client.connections.swish.SwishCallback;
import io.accountsdesk.client.connections.vipps.VippsCallback;
import io.accountsdesk.client.connections.vipps.VippsConfiguration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Provider credentials end up in logs and error messages through toString(); they must not show there. */
class RedactedTest {

    private static final List<PaymentOption> CARD = List.of(new PaymentOption(List.of("NOK"), "bambora.creditcard"));

    @Test
    void masksTheNamedComponentsAndKeepsTheRest() {
        record Login(String user, String password) {
        }
        assertThat(Redacted.toString(new Login("c_user", "hunter2"), "password"))
                .isEqualTo("Login[user=c_user, password=[redacted]]");
    }

    @Test
    void anUnsetSecretShowsAsNullSoTheReaderSeesItIsMissing() {
        record Login(String user, String password) {
        }
        assertThat(Redacted.toString(new Login("c_user", null), "password")).isEqualTo("Login[user=c_user, password=null]");
    }

    @Test
    void aNameThatIsNoComponentFailsInsteadOfLeavingTheSecretVisible() {
        record Login(String user, String password) {
        }
        assertThatThrownBy(() -> Redacted.toString(new Login("u", "p"), "passwd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("passwd");
    }

    @Test
    void vippsCallbackHidesTheClientSecretAndSubscriptionKeys() {
        VippsCallback callback = new VippsCallback("81b83246", "692493206", "Vipps", "00:00:00", "123456",
                "51358942-client", "verysecret123",
                List.of(new VippsCallback.SubscriptionKey("Access", "de897dbb-key")));
        assertThat(callback.toString())
                .contains("51358942-client", "123456", "Access")
                .doesNotContain("verysecret123", "de897dbb-key");
    }

    @Test
    void vippsConfigurationHidesTheSubscriptionKeys() {
        VippsConfiguration configuration = new VippsConfiguration(null, "Vipps", "00:00:00", "123456", "client-id",
                List.of(new VippsConfiguration.SubscriptionKey("Access", "de897dbb-key")));
        assertThat(configuration.toString()).contains("client-id").doesNotContain("de897dbb-key");
    }

    @Test
    void swishCallbackHidesCertificateKeyAndPassphrase() {
        SwishCallback callback = new SwishCallback("1231182293", "Q0VSVA==", "S0VZ", "open sesame", "Q0E=", null);
        assertThat(callback.toString())
                .contains("1231182293")
                .doesNotContain("Q0VSVA==", "S0VZ", "open sesame", "Q0E=");
    }

    @Test
    void bamboraConfigurationHidesItsKeysAndTokensWhateverTheirJsonType() {
        BamboraConfiguration configuration = new BamboraConfiguration(CARD, "P12345678", "ae45ase",
                TextNode.valueOf("access-abc"), "secret-xyz", "scope-1");
        assertThat(configuration.toString())
                .contains("P12345678", "scope-1")
                .doesNotContain("ae45ase", "access-abc", "secret-xyz");
    }

    @Test
    void passwordsTokensAndAccountNumbersAreHidden() {
        assertThat(new CollectorCallback("c_user", "my_collector_bank_password", null, null, null, CARD).toString())
                .contains("c_user").doesNotContain("my_collector_bank_password");
        assertThat(new PayExOverrideCredentials("payee-1", "eb4835ac", "1234678").toString())
                .contains("payee-1").doesNotContain("eb4835ac");
        assertThat(new SantanderOverrideCredentials("store@example.com", "store-token-1").toString())
                .contains("store@example.com").doesNotContain("store-token-1");
        assertThat(new BankAccount("NO9386011117947", "iban", "DNB").toString())
                .contains("DNB").doesNotContain("NO9386011117947");
    }
}
