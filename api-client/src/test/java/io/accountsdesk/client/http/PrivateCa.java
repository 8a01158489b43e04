package io.accountsdesk.client.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * An organisation's own certificate authority, as a TLS-inspecting proxy or an internal gateway has: its PEM file (what
 * a user gives with {@code --ca-file}) and a server certificate it signed for one host name.
 */
record PrivateCa(HeldCertificate ca, HeldCertificate server, Path pemFile) {

    static PrivateCa forHost(String host, Path dir) {
        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0)
                .commonName("Example Corp Inspection CA").build();
        HeldCertificate server = new HeldCertificate.Builder().signedBy(ca).commonName(host)
                .addSubjectAlternativeName(host).build();
        Path pem = dir.resolve("corporate-ca.pem");
        try {
            // What an IT department hands out: a comment, then the certificate.
            Files.writeString(pem, "# Example Corp inspection CA, installed on every laptop\n"
                    + ca.certificatePem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PrivateCa(ca, server, pem);
    }

    /** What the server (or the proxy, inside its tunnel) presents: its certificate and the CA's. */
    HandshakeCertificates serverSide() {
        return new HandshakeCertificates.Builder().heldCertificate(server, ca.certificate()).build();
    }
}
