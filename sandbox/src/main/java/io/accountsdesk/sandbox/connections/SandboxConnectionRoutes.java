package io.accountsdesk.sandbox.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;

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
 */
final class SandboxConnectionRoutes {

    static final String PATH = "/_sandbox/accounts/{aid}/connections/{connection}/decide";

    private final AccountConnections store;

    SandboxConnectionRoutes(AccountConnections store) {
        this.store = store;
    }

    void register(RouteTable routes) {
        routes.open("POST", PATH, this::decide);
    }

    Response decide(Request request) {
        String aid = request.pathParam("aid");
        String name = request.pathParam("connection");
        List<FieldError> errors = new ArrayList<>();
        Provider provider = Provider.named(name).filter(p -> p != Provider.SANTANDER).orElse(null);
        if (provider == null) {
            errors.add(FieldError.path("connection", "must be one of " + Provider.names()));
        }
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
}
