package io.accountsdesk.client.connections;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.accounts.ConnectionEvent;
import io.accountsdesk.client.accounts.ConnectionHistory;
import io.accountsdesk.client.accounts.ConnectionStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A payment connection as one provider reports it: where its signup stands, its history and, once enabled, its
 * configuration. Every provider except Bambora answers with this shape (Bambora keeps three kinds of signup and has
 * its own record); providers differ only in their signup and configuration records.
 *
 * <p>Some providers keep one {@code signup}, others a list of {@code signups} (Klarna, Vipps PSP, Apple Pay), so both
 * are here and the provider's javadoc says which it uses; the other stays {@code null}.
 *
 * @param createdAt     when the connection was created
 * @param createdBy     who created it
 * @param updatedAt     when it last changed
 * @param metadata      free-form data the server attaches
 * @param status        where the connection stands ({@code pending}, {@code enabled}…; unknown values are kept)
 * @param events        the connection's history, in the order the server sends it; never {@code null}
 * @param schema        a number the seed shows without explanation ({@code 0} in every example)
 * @param configuration the provider's settings, as far as they are known
 * @param signup        the signup, for providers with a single one
 * @param signups       the signups, for providers that keep several
 * @param <S>           the provider's signup record
 * @param <C>           the provider's configuration record
 */
public record ConnectionDetails<S, C>(
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("metadata") Map<String, Object> metadata,
        @JsonProperty("status") ConnectionStatus status,
        @JsonProperty("events") List<ConnectionEvent> events,
        @JsonProperty("schema") Integer schema,
        @JsonProperty("configuration") C configuration,
        @JsonProperty("signup") S signup,
        @JsonProperty("signups") List<S> signups) implements ConnectionHistory {

    public ConnectionDetails {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
