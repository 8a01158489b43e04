package io.accountsdesk.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.ApiConfig;
import io.accountsdesk.client.ClientCredentials;
import io.accountsdesk.client.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathBuilderException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.X509TrustManager;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server whose certificate comes from an organisation's own CA (as behind a TLS-inspecting proxy): refused with a
 * TLS error until the CA's PEM file is given, then trusted, while the platform's CAs stay trusted too.
 *
 * <p>Seen failing: with {@code CorporateCa.platformPlus} building its store from the file's certificates alone,
 * {@link #thePlatformsCasStayTrusted} fails (no well-known root among the accepted issuers); with {@code
 * ApiClient.create} ignoring the trust manager, {@link #withTheCaFileTheCallSucceeds} fails on the handshake.
 */
class CorporateCaTest {

    private final MockWebServer server = new MockWebServer();
    private PrivateCa ca;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        // The server is on loopback under the name localhost, which its certificate names.
        ca = PrivateCa.forHost("localhost", dir);
        server.useHttps(ca.serverSide().sslSocketFactory());
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void withoutTheCaFileTheCallFailsWithATlsErrorAndIsNotRetried() {
        server.enqueue(token());

        try (ApiClient client = client(Network.system())) {
            assertThatThrownBy(client::signIn)
                    .isInstanceOfSatisfying(ApiException.Network.class, failure -> {
                        assertThat(failure.getCause()).isInstanceOf(SSLHandshakeException.class)
                                .as("the chain the app's NetworkErrorMessagesTest reads")
                                .hasRootCauseInstanceOf(CertPathBuilderException.class);
                        assertThat(failure.getMessage()).startsWith("A secure connection to localhost could not be"
                                + " established");
                    });
        }
        assertThat(server.getRequestCount()).as("a certificate nobody trusts is not asked again").isZero();
    }

    @Test
    void withTheCaFileTheCallSucceeds() throws Exception {
        server.enqueue(token());

        try (ApiClient client = client(Network.from(Map.of(), ca.pemFile()))) {
            client.signIn();
        }
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHandshake()).isNotNull();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void thePlatformsCasStayTrusted() {
        X509TrustManager trust = CorporateCa.platformPlus(ca.pemFile());

        assertThat(trust.getAcceptedIssuers()).extracting(c -> c.getSubjectX500Principal().getName())
                .anyMatch(name -> name.contains("CN=ISRG Root X1"))
                .anyMatch(name -> name.contains("CN=DigiCert Global Root G2"))
                .anyMatch(name -> name.contains("CN=Example Corp Inspection CA"));
        assertThat(trust.getAcceptedIssuers().length)
                .isEqualTo(CorporateCa.platformTrust().getAcceptedIssuers().length + 1);
    }

    @Test
    void aCertificateFromAnotherCaIsStillRefused(@TempDir Path other) {
        server.enqueue(token());
        PrivateCa stranger = PrivateCa.forHost("localhost", other);

        try (ApiClient client = client(Network.from(Map.of(), stranger.pemFile()))) {
            assertThatThrownBy(client::signIn).isInstanceOf(ApiException.Network.class)
                    .hasCauseInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void everyCertificateOfABundleIsTaken(@TempDir Path dir) throws Exception {
        HeldCertificate second = new HeldCertificate.Builder().certificateAuthority(0).commonName("Second CA").build();
        Path bundle = dir.resolve("bundle.pem");
        Files.writeString(bundle, "Example Corp\n" + second.certificatePem() + "\nand the inspection CA:\n"
                + Files.readString(ca.pemFile()));

        X509Certificate[] extra = CorporateCa.read(bundle).toArray(X509Certificate[]::new);

        assertThat(Arrays.stream(extra).map(c -> c.getSubjectX500Principal().getName()))
                .containsExactly("CN=Second CA", "CN=Example Corp Inspection CA");
    }

    @Test
    void aMissingEmptyOrDamagedFileIsNamedWithWhatIsWrong(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such.pem");
        Path empty = Files.writeString(dir.resolve("empty.pem"), "not a certificate at all\n");
        Path damaged = Files.writeString(dir.resolve("damaged.pem"),
                "-----BEGIN CERTIFICATE-----\nMIIBdGFtYWdlZA==\n-----END CERTIFICATE-----\n");

        assertThatThrownBy(() -> Network.from(Map.of(), missing))
                .isInstanceOfSatisfying(NetworkSettingsException.class, e -> {
                    assertThat(e.problem()).isEqualTo(NetworkSettingsException.Problem.CA_FILE_MISSING);
                    assertThat(e.getMessage()).contains(missing.toString()).contains("does not exist");
                });
        assertThatThrownBy(() -> Network.from(Map.of(), dir))
                .isInstanceOfSatisfying(NetworkSettingsException.class,
                        e -> assertThat(e.detail()).isEqualTo("it is a folder"));
        assertThatThrownBy(() -> Network.from(Map.of(), empty))
                .isInstanceOfSatisfying(NetworkSettingsException.class, e -> {
                    assertThat(e.problem()).isEqualTo(NetworkSettingsException.Problem.CA_FILE_EMPTY);
                    assertThat(e.getMessage()).contains(empty.toString()).contains("BEGIN CERTIFICATE");
                });
        assertThatThrownBy(() -> Network.from(Map.of(), damaged))
                .isInstanceOfSatisfying(NetworkSettingsException.class, e -> {
                    assertThat(e.problem()).isEqualTo(NetworkSettingsException.Problem.CA_FILE_UNREADABLE);
                    assertThat(e.getMessage()).contains(damaged.toString()).contains("damaged");
                });
    }

    private ApiClient client(Network network) {
        return ApiClient.create(ApiConfig.of("https://localhost:" + server.getPort() + "/v1", "T12300000",
                new ClientCredentials("client-id", "client-secret")).withNetwork(network));
    }

    private static MockResponse token() {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"access_token\":\"at-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}").build();
    }
}
