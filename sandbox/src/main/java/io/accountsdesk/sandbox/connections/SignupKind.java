package io.accountsdesk.sandbox.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Shape;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Each signup operation of the seed: which provider it is for, its body, whether it needs the account's
 * organization number ("Requires the account company to be configured with organization_number"), whether it takes
 * {@code force_new_signup}, and where the signup is kept in the connection — one {@code signup}, or appended to a
 * list, as the seed's response example for that provider shows.
 */
enum SignupKind {

    /** Deprecated old Bambora signup (seed line 8473): the connection's single {@code signup}. */
    BAMBORA(Provider.BAMBORA, ConnectionBodies.BAMBORA, "signup", true, false),
    /** Bambora Direct (seed line 8239, path GUESSED): appended to {@code direct_signups} with a {@code signup_id}. */
    BAMBORA_DIRECT(Provider.BAMBORA, ConnectionBodies.BAMBORA_DIRECT, "direct_signups", false, false),
    /** Bambora PayFac (seed line 8114, path GUESSED): a sub-merchant, appended to {@code submerchant_signups}. */
    BAMBORA_PAYFAC(Provider.BAMBORA, ConnectionBodies.BAMBORA_PAYFAC, "submerchant_signups", false, true),
    COLLECTOR(Provider.COLLECTOR, ConnectionBodies.COLLECTOR, "signup", true, false),
    COMMON(Provider.COMMON, ConnectionBodies.COMMON, "signup", true, false),
    INSTABANK(Provider.INSTABANK, ConnectionBodies.INSTABANK, "signup", true, false),
    KLARNA(Provider.KLARNA, ConnectionBodies.KLARNA, "signups", false, true),
    VIPPS_PSP(Provider.VIPPS_PSP, ConnectionBodies.VIPPS_PSP, "signups", false, false),
    APPLEPAY(Provider.APPLEPAY, ConnectionBodies.APPLEPAY, "signups", false, false),
    PAYEX(Provider.PAYEX, ConnectionBodies.PAYEX, "signup", true, false),
    SWISH(Provider.SWISH, ConnectionBodies.SWISH, "signup", true, false),
    /**
     * Vipps takes no body (the seed lists only {@code aid}): Dintero builds the signup from the account's settings
     * and Vipps answers with a signup link that expires after 30 days.
     */
    VIPPS(Provider.VIPPS, null, "signup", true, false),
    /**
     * The seed's Visa Tokenization connection has neither {@code signup} nor {@code configuration}; the body's
     * {@code case_id} is kept in the first event's {@code metadata} so it is not lost.
     */
    VISA_TOKENS(Provider.VISA_TOKENS, ConnectionBodies.VISA_TOKENS, null, false, false);

    /** How long a Vipps signup link lives, as the demo data has it. */
    static final Duration VIPPS_SIGNUP_TTL = Duration.ofDays(30);

    final Provider provider;
    final Shape body;
    /** {@code signup}, or the list the signup is appended to; null if the connection keeps none. */
    final String slot;
    final boolean requiresOrganizationNumber;
    final boolean takesForce;

    SignupKind(Provider provider, Shape body, String slot, boolean requiresOrganizationNumber, boolean takesForce) {
        this.provider = provider;
        this.body = body;
        this.slot = slot;
        this.requiresOrganizationNumber = requiresOrganizationNumber;
        this.takesForce = takesForce;
    }

    /** The event metadata of the signup's first event (only Visa Tokenization has any). */
    JsonNode eventMetadata(JsonNode signup) {
        if (this == VISA_TOKENS && signup != null && signup.hasNonNull("case_id")) {
            ObjectNode metadata = Json.object();
            metadata.set("case_id", signup.get("case_id"));
            return metadata;
        }
        return null;
    }

    /** Keeps the submitted signup in the connection, stamped as the seed's examples show. */
    void store(ObjectNode connection, JsonNode submitted, Instant now) {
        if (slot == null) {
            return;
        }
        String at = ConnectionStateMachine.ts(now);
        ObjectNode signup = Json.object();
        if (this == VIPPS) {
            String id = UUID.randomUUID().toString();
            signup.put("created_at", at);
            signup.put("id", id);
            signup.put("url", signingUrl(id));
            signup.put("expires_at", ConnectionStateMachine.ts(now.plus(VIPPS_SIGNUP_TTL)));
        } else {
            signup.setAll((ObjectNode) submitted.deepCopy());
            if (this == BAMBORA_DIRECT) {
                signup.put("signup_id", UUID.randomUUID().toString());
            }
            signup.put("created_at", at);
            if (this == COLLECTOR || this == PAYEX) {
                signup.put("url", signingUrl(UUID.randomUUID().toString()));
            }
        }
        if (slot.equals("signup")) {
            connection.set("signup", signup);
        } else {
            JsonNode list = connection.get(slot);
            ArrayNode array = list != null && list.isArray() ? (ArrayNode) list : connection.putArray(slot);
            array.add(signup);
        }
    }

    /**
     * Where the merchant would sign the provider's agreement. The sandbox has no signing page: {@code .invalid} is
     * a reserved domain, so the link can never lead anywhere real.
     */
    private String signingUrl(String id) {
        return "https://signup." + provider.path + ".sandbox.invalid/" + id;
    }
}
