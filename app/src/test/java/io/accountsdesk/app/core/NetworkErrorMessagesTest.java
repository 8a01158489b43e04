package io.accountsdesk.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.client.http.ApiException;
import java.io.IOException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * What a user behind a company proxy meets, said so they can act: a certificate from an unknown CA points at the CA
 * file, a refused proxy password at {@code HTTPS_PROXY}. The failures are built as the JDK and OkHttp build them (the
 * api-client's {@code CorporateCaTest} and {@code ProxyIntegrationTest} check that chain and those words on real
 * connections); any other TLS failure keeps the general message.
 */
class NetworkErrorMessagesTest {

    private final ErrorMessages english = new ErrorMessages(Messages.load(Locale.ENGLISH));
    private final ErrorMessages norwegian = new ErrorMessages(Messages.load(Locale.forLanguageTag("nb")));

    @Test
    void anUnknownCaPointsAtTheCaFile() {
        SSLHandshakeException handshake = new SSLHandshakeException("PKIX path building failed");
        handshake.initCause(new CertificateException(new CertPathBuilderException(
                "unable to find valid certification path to requested target")));
        ApiException.Network failure = new ApiException.Network("A secure connection could not be established",
                "api.dintero.com:443", handshake);

        assertThat(english.describe(failure)).startsWith("The certificate of api.dintero.com:443 is not signed by a"
                + " certificate authority this computer trusts").contains("--ca-file").contains("ACCOUNTS_DESK_CA_FILE");
        assertThat(norwegian.describe(failure)).startsWith("Sertifikatet til api.dintero.com:443").contains("--ca-file");
    }

    @Test
    void anotherTlsFailureKeepsTheGeneralMessage() {
        SSLHandshakeException handshake = new SSLHandshakeException("No subject alternative DNS name matching");
        ApiException.Network failure = new ApiException.Network("x", "api.dintero.com:443", handshake);

        assertThat(english.describe(failure)).startsWith("A secure connection to api.dintero.com:443 could not be made")
                .doesNotContain("--ca-file");
    }

    @Test
    void aRefusedProxyPasswordPointsAtHttpsProxy() {
        ApiException.Network failure = new ApiException.Network("x", "api.dintero.com:443",
                new IOException("Failed to authenticate with proxy"));

        assertThat(english.describe(failure)).isEqualTo("The proxy refused the user name and password on the way to"
                + " api.dintero.com:443. Check them in HTTPS_PROXY (http://user:password@host:port, with @ written as"
                + " %40), then start the app again.");
        assertThat(norwegian.describe(failure)).startsWith("Proxyen avviste brukernavnet og passordet");
    }
}
