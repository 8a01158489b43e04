package io.accountsdesk.sandbox.outbox;

import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.http.ApiException;
import java.util.List;

/**
 * {@code GET /v1/_sandbox/outbox}: sandbox-only, not part of Dintero's API (the leading underscore says so). Lists
 * the messages the sandbox would have sent, newest first; {@code ?to=} filters by recipient, {@code ?limit=} (1-100,
 * default 20) caps the answer. Open without a token, like the rest of the sandbox it listens on loopback only.
 */
public final class OutboxRoutes {

    public static final String PATH = "/_sandbox/outbox";

    private final Outbox outbox;

    public OutboxRoutes(Outbox outbox) {
        this.outbox = outbox;
    }

    public void register(RouteTable routes) {
        routes.open("GET", PATH, this::list);
    }

    Response list(Request request) {
        int limit = 20;
        String rawLimit = request.query().all("limit").stream().findFirst().orElse(null);
        if (rawLimit != null) {
            try {
                limit = Integer.parseInt(rawLimit);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > 100) {
                throw ApiException.validation(List.of(FieldError.query("limit", "must be a whole number from 1 to 100")));
            }
        }
        String to = request.query().all("to").stream().findFirst().orElse(null);
        return Response.json(200, Json.MAPPER.valueToTree(outbox.messages(to, limit)));
    }
}
