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

    /** Test mode ("T"), the sandbox's default; the 3-digit short form is T123. */
    public static final String PARTNER_ID = "T12300000";
    /** Production mode ("P"), for rehearsing what the app does against live data; the short form is P123. */
    public static final String LIVE_PARTNER_ID = "P12300000";
    static final String NAME = "Nordvik Betaling AS";

    /** The test-mode partner. */
    public static DemoPartner forSeed(long seed) {
        return forSeed(seed, false);
    }

    /**
     * The partner of a mode. The test-mode credentials are derived exactly as before live mode existed; the live
     * ones from the same text with a {@code /live} suffix, so a script holding one mode's client cannot sign in to
     * the other (as with Dintero, where test and production clients differ).
     */
    public static DemoPartner forSeed(long seed, boolean liveMode) {
        String partnerId = liveMode ? LIVE_PARTNER_ID : PARTNER_ID;
        String suffix = seed + (liveMode ? "/live" : "");
        String clientId = UUID.nameUUIDFromBytes(("accounts-desk-sandbox/client-id/" + suffix).getBytes(StandardCharsets.UTF_8)).toString();
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256("accounts-desk-sandbox/client-secret/" + suffix));
        return new DemoPartner(partnerId, NAME, new ApiClient(clientId, secret, partnerId, "Accounts Desk sandbox"));
    }

    /** Whether this is the production-mode partner: its sub-accounts have P ids and {@code livemode: true}. */
    public boolean liveMode() {
        return partnerId.startsWith("P");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
