package io.accountsdesk.app.connections;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.regex.Pattern;

/**
 * A certificate or key file the user chose for a connection (Swish's {@code cert}, {@code key} and {@code ca}), read
 * and checked before anything is sent: a provider that gets a broken certificate fails days later, far from the form
 * that sent it. The seed wants each as "Base 64 encoded string", the certificate "in PEM or P12 format": so the
 * file's own bytes are sent, base64-encoded, once they were seen to be what they claim. A DER certificate is sent as
 * the PEM it stands for, since the seed names only those two formats.
 *
 * @param base64  what is sent
 * @param format  {@link Format#PEM} or {@link Format#P12} for a certificate; {@code null} for a key
 * @param subject who the certificate is for, or the key's kind, for the form to show
 * @param expires when the certificate expires; {@code null} for a key
 */
record CertificateFile(String base64, Format format, String subject, LocalDate expires) {

    /** How a certificate was given: the seed asks for a key and a CA with a PEM one. */
    enum Format { PEM, P12 }

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
    private static final Pattern PEM_KEY = Pattern.compile("-----BEGIN ((RSA|EC|ENCRYPTED) )?(PRIVATE|PUBLIC) KEY-----");

    /** Reads a certificate; a PKCS#12 file is opened with {@code passphrase} (empty when it has none). */
    static CertificateFile certificate(Path file, String passphrase) throws IOException, Refused {
        byte[] bytes = read(file);
        String text = new String(bytes, StandardCharsets.US_ASCII);
        if (PEM_CERTIFICATE.matcher(text).find()) {
            X509Certificate first = x509(bytes).orElseThrow(() -> new Refused("connections.file.notCertificate"));
            return new CertificateFile(encode(bytes), Format.PEM, first.getSubjectX500Principal().getName(),
                    expiry(first));
        }
        var der = x509(bytes);
        if (der.isPresent()) {
            byte[] pem = pem(der.get()).getBytes(StandardCharsets.US_ASCII);
            return new CertificateFile(encode(pem), Format.PEM, der.get().getSubjectX500Principal().getName(),
                    expiry(der.get()));
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), passphrase == null ? new char[0] : passphrase.toCharArray());
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                    return new CertificateFile(encode(bytes), Format.P12,
                            certificate.getSubjectX500Principal().getName(), expiry(certificate));
                }
            }
            throw new Refused("connections.file.noCertificate");
        } catch (Refused refused) {
            throw refused;
        } catch (IOException wrongPassphraseOrNotPkcs12) {
            throw new Refused(looksLikeDer(bytes) ? "connections.file.passphrase" : "connections.file.notCertificate");
        } catch (Exception unreadable) {
            throw new Refused("connections.file.notCertificate");
        }
    }

    /** Reads a key in PEM (the seed's {@code key}). */
    static CertificateFile key(Path file) throws IOException, Refused {
        byte[] bytes = read(file);
        var match = PEM_KEY.matcher(new String(bytes, StandardCharsets.US_ASCII));
        if (!match.find()) {
            throw new Refused("connections.file.notKey");
        }
        return new CertificateFile(encode(bytes), null, match.group().replace("-", "").strip(), null);
    }

    private static java.util.Optional<X509Certificate> x509(byte[] bytes) {
        try {
            Collection<? extends Certificate> all = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(bytes));
            return all.stream().filter(X509Certificate.class::isInstance).map(X509Certificate.class::cast).findFirst();
        } catch (CertificateException | RuntimeException notOne) {
            return java.util.Optional.empty();
        }
    }

    private static byte[] read(Path file) throws IOException, Refused {
        if (Files.size(file) > MAX_BYTES) {
            throw new Refused("connections.file.tooBig");
        }
        return Files.readAllBytes(file);
    }

    /** DER (a PKCS#12 file, say) starts with a SEQUENCE. */
    private static boolean looksLikeDer(byte[] bytes) {
        return bytes.length > 4 && (bytes[0] & 0xff) == 0x30;
    }

    private static LocalDate expiry(X509Certificate certificate) {
        return certificate.getNotAfter().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String pem(X509Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Never the content: a key must not reach a log through a toString. */
    @Override
    public String toString() {
        return "CertificateFile[format=" + format + ", subject=" + subject + ", expires=" + expires + "]";
    }
}
