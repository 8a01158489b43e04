package io.accountsdesk.sandbox.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.accounts.AccountIds;
import io.accountsdesk.sandbox.auth.TokenPrincipal;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;

import java.util.ArrayList;
import java.util.List;

/**
 * Row 33: {@code POST /accounts/{oid}/management/accounts/{aid}/connections/{connection}/events} — "Update an
 * account connection with new status and add an event" (seed line 6018). How a partner (or Dintero's onboarding)
 * records what a provider said: the connection takes the body's {@code status} and the event is appended to its
 * history. The partner is authoritative, so any status may follow any other (see {@link ConnectionStateMachine});
 * an event with the same status only adds to the history. Setting {@code enabled} on a connection without a
 * configuration gives it the sandbox's ({@link SandboxConfigurations}); any other status drops the configuration.
 *
 * <p>{@code aid} must be one of {@code oid}'s accounts (404 otherwise), and must already have that connection (404:
 * connections start with a signup). Answers 200 with the event as stored, the seed's response example.
 */
final class PartnerConnectionEventRoutes {

    /**
     * The seed's enum for {@code connection}; {@code payex.creditcard} is deprecated and means {@code payex}. Klarna,
     * common, Vipps PSP, Apple Pay and Visa tokens are not in it, so a partner cannot set their status here (400);
     * the sandbox follows the seed rather than guess.
     */
    static final List<String> CONNECTIONS = List.of("instabank", "vipps", "payex.creditcard", "payex", "collector",
            "swish", "bambora");

    private final AccountConnections store;

    PartnerConnectionEventRoutes(AccountConnections store) {
        this.store = store;
    }

    void register(RouteTable routes) {
        routes.add("POST", "/accounts/{oid}/management/accounts/{aid}/connections/{connection}/events", this::post);
    }

    Response post(Request request) {
        String partnerId = AccountIds.normalizeOwner(request.pathParam("oid"));
        String aid = request.pathParam("aid");
        String name = request.pathParam("connection");
        List<FieldError> errors = new ArrayList<>();
        if (!CONNECTIONS.contains(name)) {
            errors.add(FieldError.path("connection", "must be one of " + String.join(", ", CONNECTIONS)));
        }
        JsonNode body = request.json();
        errors.addAll(ConnectionBodies.CONNECTION_EVENT.validate(body));
        if (errors.stream().noneMatch(e -> e.field().equals("metadata"))) {
            errors.addAll(ConnectionBodies.metadataErrors(body));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        Provider provider = Provider.named(name).orElseThrow();
        String by = request.attribute(TokenPrincipal.class).map(TokenPrincipal::clientId).orElse(partnerId);
        ObjectNode event = store.update(partnerId, aid, (account, tx, now) -> {
            ObjectNode connection = AccountConnections.existing(account, provider);
            String status = body.get("status").asText();
            ObjectNode configuration = ConnectionStateMachine.ENABLED.equals(status)
                    ? SandboxConfigurations.generate(provider, account, connection) : null;
            ObjectNode appended = ConnectionStateMachine.record(provider, connection, status,
                    body.get("event").asText(), body.hasNonNull("description") ? body.get("description").asText() : null,
                    body.get("metadata"), by, now, configuration);
            return appended.deepCopy();
        });
        return Response.json(200, event);
    }
}
