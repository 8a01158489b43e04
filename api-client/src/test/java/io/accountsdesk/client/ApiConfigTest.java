package io.accountsdesk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** Plain http carries the client secret in the clear: the client talks it only to this computer. */
class ApiConfigTest {

    private static final ClientCredentials CREDENTIALS = new ClientCredentials("id", "secret");

    @Test
    void plainHttpToAnotherComputerIsRefusedWithTheReason() {
        for (String url : new String[] {"http://api.example.com/v1", "http://10.0.0.5:8080/v1",
                "http://localhost.evil.example/v1", "http://127.0.0.1.nip.io/v1"}) {
            assertThatThrownBy(() -> ApiConfig.of(url, "T12300000", CREDENTIALS)).as(url)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("plain http:// would send the client secret")
                    .hasMessageContaining("Use https://");
        }
    }

    @Test
    void httpsAnywhereAndPlainHttpToThisComputerAreAllowed() {
        for (String url : new String[] {"https://api.dintero.com/v1", "https://10.0.0.5/v1",
                "http://127.0.0.1:8080/v1", "http://127.1.2.3/v1", "http://[::1]:8080/v1", "http://localhost/v1",
                "http://sandbox.localhost:8080/v1"}) {
            assertThat(ApiConfig.of(url, "T12300000", CREDENTIALS).baseUrl()).as(url)
                    .isEqualTo(HttpUrl.get(url));
        }
    }
}
