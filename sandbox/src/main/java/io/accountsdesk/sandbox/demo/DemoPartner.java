package io.accountsdesk.sandbox.demo;

import io.accountsdesk.sandbox.auth.ApiClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;

/**
 * The one partner the sandbox seeds, and its API client. The credentials are derived from the seed, so the same seed
 * always gives the same client (scripts keep working after a reset) and no secret is written in the source.
 */
public record DemoPartner(String partnerId, String name, ApiClient client) {

    /** Test mode ("T"), as sandbox data is never live; the 3-digit short form is T123. */
    public static final String PARTNER_ID = "T12300000";
    static final String NAME = "Nordvik Betaling AS";

    public static DemoPartner forSeed(long seed) {
        String clientId = UUID.nameUUIDFromBytes(("accounts-desk-sandbox/client-id/" + seed).getBytes(StandardCharsets.UTF_8)).toString();
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256("accounts-desk-sandbox/client-secret/" + seed));
        return new DemoPartner(PARTNER_ID, NAME, new ApiClient(clientId, secret, PARTNER_ID, "Accounts Desk sandbox"));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
