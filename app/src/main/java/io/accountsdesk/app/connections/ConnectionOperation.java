package io.accountsdesk.app.connections;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.client.ApiClient;
import java.util.List;
import java.util.Map;

/**
 * One thing the connections tab can do with a provider (start its signup, complete it, add an override, set its
 * status), with the form the seed's request shape asks for and the client call that sends it.
 *
 * @param id         stable name, also the last part of the inputs' ids ({@code klarna.signup})
 * @param provider   the provider acted on
 * @param kind       what the operation does
 * @param deprecated the seed marks the operation deprecated; it is offered, and said to be
 * @param fields     the form's inputs, in order
 * @param sender     the call
 */
record ConnectionOperation(String id, ConnectionProvider provider, Kind kind, boolean deprecated,
                           List<ConnectionField> fields, Sender sender) {

    /** What an operation does. */
    enum Kind {
        SIGNUP, RESTART, CALLBACK, OVERRIDE, EVENT;

        /** Whether the call goes to the account's own settings, so it needs the token exchanged for the account. */
        boolean actsOnTheAccount() {
            return this != EVENT;
        }
    }

    /**
     * Sends the form.
     *
     * @param account the client acting on the account, with the token exchanged for it
     * @param partner the partner's own client, for the one route under the partner's path (a status event)
     * @param body    the request body the form's fields make
     * @param params  the form's {@code param.} fields, by name without the prefix
     * @return what the server answered, for the result line (a link, say), or {@code null}
     */
    @FunctionalInterface
    interface Sender {
        Object send(ApiClient account, ApiClient partner, String aid, ObjectNode body, Map<String, String> params);
    }

    ConnectionOperation {
        fields = List.copyOf(fields);
    }
}
