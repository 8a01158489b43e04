package io.accountsdesk.sandbox.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/_sandbox/accounts/{aid}/connections/{connection}/decide} — sandbox-only, not part of Dintero's
 * API (the leading underscore says so): plays the payment provider and decides a pending signup.
 *
 * <pre>{@code
 * curl -X POST http://127.0.0.1:8080/v1/_sandbox/accounts/T12300001/connections/klarna/decide \
 *      -H 'Content-Type: application/json' -d '{"status":"enabled"}'
 * }</pre>
 *
 * Body: {@code status} ({@code enabled}, {@code declined} or {@code failed}, required) and an optional
 * {@code description} (up to 500 characters) that becomes part of the event's description. {@code connection} is the
 * account document's key ({@code klarna}, {@code vipps_psp}, {@code visa_tokens}…; the URL forms {@code vipps-psp},
 * {@code visa-tokens} and {@code payex.creditcard} work too). Answers 200 with the connection as the provider's
 * settings route shows it; 404 if the account or its connection does not exist; 409 if the connection is not
 * pending (see {@link ConnectionStateMachine}). {@code enabled} gives the connection the configuration
 * {@link SandboxConfigurations} derives from the account, with the signup's payment options.
 *
 * <p>Decisions are explicit only: the sandbox never decides a connection on a timer. A test or a demo then sees
 * exactly the state it asked for, and nothing changes while nobody is looking. Like {@code /_sandbox/outbox} it
 * needs no token; the sandbox listens on loopback only.
 *
 * <p>{@code POST /v1/_sandbox/accounts/{aid}/connections/{connection}/backdate}, sandbox-only as well, moves a
 * connection's whole history back in time, so a test can have a connection that has been pending for ten days
 * without waiting ten days:
 *
 * <pre>{@code
 * curl -X POST http://127.0.0.1:8080/v1/_sandbox/accounts/T12300001/connections/klarna/backdate \
 *      -H 'Content-Type: application/json' -d '{"days":10}'
 * }</pre>
 *
 * Body: {@code days}, a whole number from 1 to 3650 (required). Every timestamp of the connection moves back by that
 * many days: its {@code created_at} and {@code updated_at}, each event's {@code created_at}, and every {@code *_at}
 * of its signups ({@code signup}, {@code signups[]}, {@code direct_signups[]}, {@code submerchant_signups[]}):
 * {@code created_at}, {@code callback_at}, and Vipps' {@code expires_at}, so a link back-dated past its 30 days has
 * expired, as it would have. Statuses, events and configuration stay as they are; values that are not timestamps are
 * left alone. Any status may be back-dated, and back-dating twice adds up. The account's own {@code created_at}
 * (the account list's order) and {@code updated_at} are not touched, so a connection may end up older than its
 * account. {@code connection} is resolved as for decide. Answers 200 with the connection as the provider's settings
 * route shows it; 400 naming {@code days} (or {@code connection}) for a bad body or name; 404 if the account or its
 * connection does not exist. The account document is stored, so the account list and the settings route both show
 * the moved times.
 */
final class SandboxConnectionRoutes {

    static final String PATH = "/_sandbox/accounts/{aid}/connections/{connection}/decide";
    static final String BACKDATE_PATH = "/_sandbox/accounts/{aid}/connections/{connection}/backdate";
    /** Where a connection keeps its signups: one object or a list of them. */
    private static final List<String> SIGNUP_KEYS = List.of("signup", "signups", "direct_signups",
            "submerchant_signups");

    private final AccountConnections store;

    SandboxConnectionRoutes(AccountConnections store) {
        this.store = store;
    }

    void register(RouteTable routes) {
        routes.open("POST", PATH, this::decide);
        routes.open("POST", BACKDATE_PATH, this::backdate);
    }

    /** The provider the path names, or null with a path error added (Santander has no connection to act on). */
    private static Provider provider(Request request, List<FieldError> errors) {
        Provider provider = Provider.named(request.pathParam("connection"))
                .filter(p -> p != Provider.SANTANDER).orElse(null);
        if (provider == null) {
            errors.add(FieldError.path("connection", "must be one of " + Provider.names()));
        }
        return provider;
    }

    Response decide(Request request) {
        String aid = request.pathParam("aid");
        List<FieldError> errors = new ArrayList<>();
        Provider provider = provider(request, errors);
        JsonNode body = request.json();
        errors.addAll(ConnectionBodies.DECISION.validate(body));
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        String decision = body.get("status").asText();
        String reason = body.hasNonNull("description") && !body.get("description").asText().isBlank()
                ? body.get("description").asText() : null;
        ObjectNode view = store.update(aid, (account, tx, now) -> {
            ObjectNode connection = AccountConnections.existing(account, provider);
            ObjectNode configuration = ConnectionStateMachine.ENABLED.equals(decision)
                    ? SandboxConfigurations.generate(provider, account, connection) : null;
            ConnectionStateMachine.decide(provider, connection, decision, reason, configuration, now);
            // The provider answered: as in the demo data, the signup records when (whatever the answer).
            SandboxConfigurations.newestSignup(connection)
                    .ifPresent(s -> s.put("callback_at", ConnectionStateMachine.ts(now)));
            return ConnectionRoutes.view(provider, connection);
        });
        return Response.json(200, view);
    }

    Response backdate(Request request) {
        String aid = request.pathParam("aid");
        List<FieldError> errors = new ArrayList<>();
        Provider provider = provider(request, errors);
        JsonNode body = request.json();
        errors.addAll(ConnectionBodies.BACKDATE.validate(body));
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        // Validated: a whole number in range (10.0 counts as 10, as the shape allows).
        Duration by = Duration.ofDays(body.get("days").decimalValue().intValueExact());
        ObjectNode view = store.rewrite(aid, (account, tx, now) -> {
            ObjectNode connection = AccountConnections.existing(account, provider);
            backdate(connection, by);
            return ConnectionRoutes.view(provider, connection);
        });
        return Response.json(200, view);
    }

    /** Moves every timestamp of the connection's history back by {@code by}; see the class comment for which. */
    static void backdate(ObjectNode connection, Duration by) {
        shift(connection, "created_at", by);
        shift(connection, "updated_at", by);
        for (JsonNode event : connection.path("events")) {
            if (event.isObject()) {
                shift((ObjectNode) event, "created_at", by);
            }
        }
        for (String key : SIGNUP_KEYS) {
            JsonNode node = connection.path(key);
            if (node.isObject()) {
                shiftSignup((ObjectNode) node, by);
            } else if (node.isArray()) {
                for (JsonNode signup : node) {
                    if (signup.isObject()) {
                        shiftSignup((ObjectNode) signup, by);
                    }
                }
            }
        }
    }

    /** Every top-level {@code *_at} of a signup: {@code created_at}, {@code callback_at}, {@code expires_at}. */
    private static void shiftSignup(ObjectNode signup, Duration by) {
        List<String> stamps = new ArrayList<>();
        signup.fieldNames().forEachRemaining(field -> {
            if (field.endsWith("_at")) {
                stamps.add(field);
            }
        });
        stamps.forEach(field -> shift(signup, field, by));
    }

    /** {@code node.field} moved back by {@code by}, if it is an ISO-8601 timestamp; anything else stays. */
    private static void shift(ObjectNode node, String field, Duration by) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            return;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(value.asText()).toInstant();
        } catch (DateTimeParseException e) {
            return;
        }
        node.put(field, at.minus(by).toString());
    }
}
