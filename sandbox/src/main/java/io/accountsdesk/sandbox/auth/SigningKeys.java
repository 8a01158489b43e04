package io.accountsdesk.sandbox.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.accountsdesk.sandbox.store.SandboxDatabase;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * The RSA key that signs access tokens, persisted as a JWK so that tokens issued before a restart still verify
 * after it (the app keeps its token across a sandbox restart).
 */
public final class SigningKeys {

    private SigningKeys() {
    }

    public static RSAKey loadOrCreate(SandboxDatabase db) {
        try (Connection c = db.connection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT jwk FROM signing_keys ORDER BY created_at DESC LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return RSAKey.parse(rs.getString(1));
                }
            }
            RSAKey key = generate();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO signing_keys (kid, jwk, created_at) VALUES (?, ?, ?)")) {
                ps.setString(1, key.getKeyID());
                ps.setString(2, key.toJSONString());
                ps.setObject(3, Instant.now().atOffset(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return key;
        } catch (SQLException | ParseException e) {
            throw new IllegalStateException("Cannot load or store the token signing key", e);
        }
    }

    static RSAKey generate() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).generate();
            // Dintero's JWKS uses 40-hex-digit key ids (see the seed's example); a SHA-1 of the public key mirrors that.
            String kid = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(key.toPublicKey().getEncoded()));
            return new RSAKey.Builder(key).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
        } catch (JOSEException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot generate an RSA signing key", e);
        }
    }
}
