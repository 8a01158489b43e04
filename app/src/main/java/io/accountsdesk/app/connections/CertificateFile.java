package io.accountsdesk.app.connections;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.regex.Pattern;

/**
 * A certificate or private key file the user chose for a connection (Swish's {@code cert}, {@code key} and
 * {@code ca}), read and checked before anything is sent: a provider that gets a broken certificate fails days later,
 * far from the form that sent it. Certificates come as PEM or PKCS#12 and are sent as PEM; keys as PEM.
 *
 * @param pem     what is sent
 * @param subject who the certificate is for, or the key's kind, for the form to show
 * @param expires when the certificate expires; {@code null} for a key
 */
record CertificateFile(String pem, String subject, LocalDate expires) {

    /** Why a file was refused, as a message key with the file's name as its argument. */
    static final class Refused extends Exception {
        private final String key;

        Refused(String key) {
            super(key);
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    /** Certificates and keys are a few kilobytes; anything this big is not one. */
    static final long MAX_BYTES = 256 * 1024;

    private static final Pattern PEM_CERTIFICATE = Pattern.compile("-----BEGIN CERTIFICATE-----");
    private static final Pattern PEM_KEY = Pattern.compile("-----BEGIN ((RSA|EC|ENCRYPTED) )?PRIVATE KEY-----");

    /** Reads a certificate; a PKCS#12 file is opened with {@code passphrase} (empty when it has none). */
    static CertificateFile certificate(Path file, String passphrase) throws IOException, Refused {
        byte[] bytes = read(file);
        String text = new String(bytes, StandardCharsets.US_ASCII);
        try {
            if (PEM_CERTIFICATE.matcher(text).find()) {
                Collection<? extends Certificate> all = CertificateFactory.getInstance("X.509")
                        .generateCertificates(new ByteArrayInputStream(bytes));
                X509Certificate first = (X509Certificate) all.iterator().next();
                return new CertificateFile(text.strip() + "\n", first.getSubjectX500Principal().getName(),
                        expiry(first));
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), passphrase == null ? new char[0] : passphrase.toCharArray());
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                    return new CertificateFile(pem("CERTIFICATE", certificate.getEncoded()),
                            certificate.getSubjectX500Principal().getName(), expiry(certificate));
                }
            }
            throw new Refused("connections.file.noCertificate");
        } catch (Refused refused) {
            throw refused;
        } catch (IOException wrongPassphraseOrNotPkcs12) {
            throw new Refused(looksLikePkcs12(bytes) ? "connections.file.passphrase" : "connections.file.notCertificate");
        } catch (Exception unreadable) {
            throw new Refused("connections.file.notCertificate");
        }
    }

    static CertificateFile privateKey(Path file) throws IOException, Refused {
        String text = new String(read(file), StandardCharsets.US_ASCII);
        var match = PEM_KEY.matcher(text);
        if (!match.find()) {
            throw new Refused("connections.file.notKey");
        }
        return new CertificateFile(text.strip() + "\n", match.group().replace("-", "").strip(), null);
    }

    private static byte[] read(Path file) throws IOException, Refused {
        if (Files.size(file) > MAX_BYTES) {
            throw new Refused("connections.file.tooBig");
        }
        return Files.readAllBytes(file);
    }

    /** PKCS#12 is DER: a SEQUENCE, then a version INTEGER 3. */
    private static boolean looksLikePkcs12(byte[] bytes) {
        return bytes.length > 4 && (bytes[0] & 0xff) == 0x30;
    }

    private static LocalDate expiry(X509Certificate certificate) {
        return certificate.getNotAfter().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    /** Never the content: a certificate's key or a private key must not reach a log through a toString. */
    @Override
    public String toString() {
        return "CertificateFile[subject=" + subject + ", expires=" + expires + "]";
    }
}
