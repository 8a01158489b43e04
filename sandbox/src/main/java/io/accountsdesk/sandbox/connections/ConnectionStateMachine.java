package io.accountsdesk.sandbox.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.Json;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The one life cycle every payment connection follows, whatever the provider:
 *
 * <pre>
 *   (none) ──signup──▶ pending ──callback / decide / partner event──▶ enabled | declined | failed
 *   declined | failed ──signup (or Vipps PUT)──▶ pending
 * </pre>
 *
 * Every change appends one event to {@code events[]} (the connection's history, oldest first, as the demo data
 * has it), sets {@code status} to the event's status and moves {@code updated_at}. An enabled connection carries a
 * {@code configuration} with its {@code payment_options} (for providers whose seed example shows one); any other
 * status has none, as in the demo data, so the account list's {@code payment_option} filter only ever sees enabled
 * options.
 *
 * <p>Who may move a connection where:
 * <ul>
 *   <li>a signup starts from nothing, {@code declined} or {@code failed}. While one is {@code pending} a second
 *       signup is refused with 409 {@code conflict} (the seed's {@code force_new_signup} — "will allow signing up
 *       again even if there are previous pending signups" — says the default is to refuse), unless the route takes
 *       {@code force_new_signup=true} (Bambora PayFac, Klarna). An {@code enabled} connection is never signed up
 *       again (409).</li>
 *   <li>a provider's callback completes a {@code pending} signup ({@code enabled}) or replaces the configuration of
 *       an {@code enabled} one; a {@code declined} or {@code failed} connection needs a new signup first (409).</li>
 *   <li>the sandbox's decide route moves only {@code pending} connections (409 otherwise).</li>
 *   <li>the partner events route (POST …/accounts/{aid}/connections/{connection}/events) sets any status from any
 *       status: it is how Dintero and partners record what a provider said, and the seed sets no rule for it.</li>
 * </ul>
 * 409 rather than 400: the request itself is well-formed, it conflicts with the connection's current state, and
 * the same request succeeds once that state changes.
 */
final class ConnectionStateMachine {

    static final String PENDING = "pending";
    static final String ENABLED = "enabled";
    static final String DECLINED = "declined";
    static final String FAILED = "failed";
    static final List<String> STATUSES = List.of(PENDING, ENABLED, FAILED, DECLINED);
    static final List<String> DECISIONS = List.of(ENABLED, DECLINED, FAILED);
    /** The demo generator writes 1; the seed's examples show 0 without saying what it means. */
    static final int SCHEMA = 1;

    private ConnectionStateMachine() {
    }

    static String ts(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String status(ObjectNode connection) {
        return connection == null ? null : connection.path("status").asText(null);
    }

    /**
     * Refuses a signup the connection's state does not allow.
     *
     * @param force the caller passed {@code force_new_signup=true}
     * @param again what to do instead, for the message ("restart it with PUT …")
     */
    static void checkSignup(Provider provider, ObjectNode existing, boolean force, String again) {
        String status = status(existing);
        if (ENABLED.equals(status)) {
            throw conflict("The " + provider.display + " connection of this account is already enabled; there is"
                    + " nothing to sign up for. Read it with GET " + "…/settings/connections/" + provider.path + ".");
        }
        if (PENDING.equals(status) && !force) {
            throw conflict("A " + provider.display + " signup is already pending for this account. Wait for the"
                    + " provider's answer" + (again == null ? "" : ", " + again) + ".");
        }
    }

    /**
     * The connection after a new signup: a fresh one, or the existing one with its history kept. Status becomes
     * {@code pending} with a {@code signup_submitted} event; the caller stores the signup itself.
     */
    static ObjectNode startSignup(Provider provider, ObjectNode existing, String by, Instant now, String event,
                                  String description, JsonNode eventMetadata) {
        ObjectNode connection = existing;
        if (connection == null) {
            connection = Json.object();
            connection.put("created_at", ts(now));
            connection.put("created_by", by);
            connection.put("updated_at", ts(now));
            connection.putObject("metadata");
            connection.put("status", PENDING);
            connection.putArray("events");
            connection.put("schema", SCHEMA);
        }
        append(connection, PENDING, event, description, eventMetadata, by, now);
        return connection;
    }

    /** A provider's callback: pending → enabled, or new configuration for an enabled connection. */
    static void complete(Provider provider, ObjectNode connection, ObjectNode configuration, String by, Instant now,
                         JsonNode eventMetadata) {
        String status = status(connection);
        if (DECLINED.equals(status) || FAILED.equals(status)) {
            throw conflict("The " + provider.display + " signup of this account was " + status + "; there is no"
                    + " pending signup to complete. Start a new signup with POST …/settings/connections/"
                    + provider.path + " first.");
        }
        boolean update = ENABLED.equals(status);
        append(connection, ENABLED, update ? "configuration_updated" : "approved",
                update ? provider.display + " updated the configuration" : "Approved by " + provider.display
                        + "; signup completed", eventMetadata, by, now);
        setConfiguration(provider, connection, configuration);
    }

    /**
     * The sandbox's decision for a pending connection.
     *
     * @param reason optional words for the event's description
     */
    static void decide(Provider provider, ObjectNode connection, String decision, String reason,
                       ObjectNode configuration, Instant now) {
        String status = status(connection);
        if (!PENDING.equals(status)) {
            throw conflict("The " + provider.display + " connection is " + status + ", not pending; only a pending"
                    + " signup can be decided. Start a new signup first, or set any status with POST"
                    + " /accounts/{oid}/management/accounts/{aid}/connections/{connection}/events.");
        }
        String by = provider.key;
        switch (decision) {
            case ENABLED -> append(connection, ENABLED, "approved",
                    "Approved by " + provider.display + (reason == null ? "" : ": " + reason), null, by, now);
            case DECLINED -> append(connection, DECLINED, "declined", provider.display + " declined the application"
                    + (reason == null ? "" : ": " + reason), null, by, now);
            case FAILED -> append(connection, FAILED, "signup_failed",
                    "Signup failed: " + (reason == null ? "the sandbox was told to fail it" : reason), null, by, now);
            default -> throw new IllegalArgumentException(decision);
        }
        setConfiguration(provider, connection, ENABLED.equals(decision) ? configuration : null);
    }

    /**
     * A partner's status update: any status, one event.
     *
     * @param configuration used when the connection becomes enabled without one
     * @return the event as stored
     */
    static ObjectNode record(Provider provider, ObjectNode connection, String status, String event, String description,
                             JsonNode metadata, String by, Instant now, ObjectNode configuration) {
        ObjectNode appended = append(connection, status, event, description, metadata, by, now);
        if (ENABLED.equals(status)) {
            if (!connection.has("configuration") || connection.get("configuration").isNull()) {
                setConfiguration(provider, connection, configuration);
            }
        } else {
            connection.remove("configuration");
        }
        return appended;
    }

    private static void setConfiguration(Provider provider, ObjectNode connection, ObjectNode configuration) {
        if (configuration != null && provider.hasConfiguration()) {
            connection.set("configuration", configuration);
        } else {
            connection.remove("configuration");
        }
    }

    /** Appends one event and makes its status the connection's. Event ids are random: they only have to be unique. */
    static ObjectNode append(ObjectNode connection, String status, String event, String description, JsonNode metadata,
                             String by, Instant now) {
        ArrayNode events = connection.has("events") && connection.get("events").isArray()
                ? (ArrayNode) connection.get("events") : connection.putArray("events");
        ObjectNode e = events.addObject();
        e.put("id", UUID.randomUUID().toString());
        e.put("created_at", ts(now));
        e.put("created_by", by);
        e.put("status", status);
        e.put("event", event);
        if (description != null) {
            e.put("description", description);
        }
        if (metadata != null && !metadata.isNull() && !metadata.isMissingNode()) {
            e.set("metadata", metadata.deepCopy());
        }
        connection.put("status", status);
        connection.put("updated_at", ts(now));
        return e;
    }

    static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message);
    }
}
