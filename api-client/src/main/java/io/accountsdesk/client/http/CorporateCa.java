package io.accountsdesk.client.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Trust for a network whose HTTPS is re-signed by an organisation's own certificate authority (a TLS-inspecting
 * proxy, an internal gateway): the platform's CAs <em>plus</em> those in a PEM file, never instead of them, so the
 * public API keeps working where no inspection happens.
 *
 * <p>The platform's CAs are whatever the JDK's default trust manager accepts: its {@code cacerts}, or the store that
 * {@code -Djavax.net.ssl.trustStore} (and {@code trustStoreType=Windows-ROOT} or {@code KeychainStore}) names. Both
 * sets become trust anchors of one standard PKIX trust manager, so chains, expiry and host names are checked as the
 * JDK always checks them.
 */
public final class CorporateCa {

    private static final Pattern PEM_CERTIFICATE = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]*?)-----END CERTIFICATE-----");

    private CorporateCa() {
    }

    /**
     * The platform's trusted CAs and every certificate in {@code pemFile}.
     *
     * @throws NetworkSettingsException when the file is missing, unreadable, or holds no certificate
     */
    public static X509TrustManager platformPlus(Path pemFile) {
        List<X509Certificate> extra = read(pemFile);
        try {
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            int index = 0;
            for (X509Certificate platform : platformTrust().getAcceptedIssuers()) {
                anchors.setCertificateEntry("platform-" + index++, platform);
            }
            index = 0;
            for (X509Certificate corporate : extra) {
                anchors.setCertificateEntry("corporate-" + index++, corporate);
            }
            return trustManager(anchors);
        } catch (GeneralSecurityException | IOException impossible) {
            // An empty in-memory key store and the JDK's own algorithms: nothing the user can do about it.
            throw new IllegalStateException("The trust store could not be built: " + impossible.getMessage(),
                    impossible);
        }
    }

    /** The JDK's default trust manager: the CAs every call trusts without a CA file. */
    public static X509TrustManager platformTrust() {
        try {
            return trustManager(null);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("The platform's trust store could not be read: "
                    + unavailable.getMessage(), unavailable);
        }
    }

    /** The certificates of a PEM file (text around and between them is allowed), or of a DER file. */
    static List<X509Certificate> read(Path pemFile) {
        String shown = pemFile.toString();
        if (!Files.isRegularFile(pemFile)) {
            throw new NetworkSettingsException(NetworkSettingsException.Problem.CA_FILE_MISSING, shown,
                    Files.isDirectory(pemFile) ? "it is a folder" : "no such file", null);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pemFile);
        } catch (IOException unreadable) {
            throw new NetworkSettingsException(NetworkSettingsException.Problem.CA_FILE_UNREADABLE, shown,
                    unreadable.getClass().getSimpleName() + " " + unreadable.getMessage(), unreadable);
        }
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> certificates = new ArrayList<>();
            Matcher blocks = PEM_CERTIFICATE.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
            while (blocks.find()) {
                byte[] der = Base64.getMimeDecoder().decode(blocks.group(1));
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            }
            if (certificates.isEmpty() && bytes.length > 0 && bytes[0] == 0x30) {
                // Not PEM: perhaps a single DER certificate, as some tools export one.
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(bytes)));
            }
            if (certificates.isEmpty()) {
                throw new NetworkSettingsException(NetworkSettingsException.Problem.CA_FILE_EMPTY, shown,
                        "no -----BEGIN CERTIFICATE----- block was found", null);
            }
            return certificates;
        } catch (CertificateException | IllegalArgumentException | ClassCastException broken) {
            if (broken instanceof NetworkSettingsException settings) {
                throw settings;
            }
            throw new NetworkSettingsException(NetworkSettingsException.Problem.CA_FILE_UNREADABLE, shown,
                    "a certificate in it is damaged (" + broken.getMessage() + ")", broken);
        }
    }

    private static X509TrustManager trustManager(KeyStore anchors) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(anchors);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager in " + factory.getAlgorithm());
    }
}
