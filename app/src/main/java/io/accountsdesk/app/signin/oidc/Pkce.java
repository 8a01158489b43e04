package io.accountsdesk.app.signin.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636): a one-time secret made for one sign-in, of which only the SHA-256 goes to
 * the identity provider, so that a code caught on its way back through the browser is useless to whoever caught it.
 *
 * @param verifier  43 to 128 characters of {@code [A-Za-z0-9-._~]}; kept in memory for this sign-in only
 * @param challenge Base64url of the verifier's SHA-256 (method {@value #METHOD})
 */
public record Pkce(String verifier, String challenge) {

    public static final String METHOD = "S256";
    /** 48 random bytes make a 64-character verifier: 384 bits, well inside RFC 7636's 43 to 128. */
    private static final int VERIFIER_BYTES = 48;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    public Pkce {
        if (verifier == null || verifier.length() < 43 || verifier.length() > 128
                || !verifier.matches("[A-Za-z0-9._~-]+")) {
            throw new IllegalArgumentException("A PKCE verifier is 43 to 128 unreserved characters (RFC 7636 4.1).");
        }
        if (!challenge.equals(challengeOf(verifier))) {
            throw new IllegalArgumentException("The challenge is not the S256 of the verifier.");
        }
    }

    public static Pkce create(SecureRandom random) {
        String verifier = randomText(random, VERIFIER_BYTES);
        return new Pkce(verifier, challengeOf(verifier));
    }

    /** Base64url of {@code bytes} random bytes: for the verifier and for the {@code state} of a sign-in. */
    public static String randomText(SecureRandom random, int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return BASE64URL.encodeToString(raw);
    }

    static String challengeOf(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "Pkce[method=" + METHOD + ", challenge=" + challenge + ", verifier=<redacted>]";
    }
}
