package io.accountsdesk.client.accounts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What every payment connection has, however it is read: from the account document ({@link Connection}), from a
 * provider's settings route ({@code ConnectionDetails}) or from Bambora's ({@code BamboraConnection}). Code that
 * only needs a connection's status and history (a timeline, a board of stuck connections) takes this, and so works
 * with all three.
 */
public interface ConnectionHistory {

    /** When the connection was created. */
    OffsetDateTime createdAt();

    /** Who created it. */
    String createdBy();

    /** When it last changed. */
    OffsetDateTime updatedAt();

    /** Free-form data the server attaches. */
    Map<String, Object> metadata();

    /** Where the connection stands ({@code pending}, {@code enabled}…; unknown values are kept). */
    ConnectionStatus status();

    /** The connection's history, in the order the server sends it; never {@code null}. */
    List<ConnectionEvent> events();

    /** A number the seed shows without explanation. */
    Integer schema();
}
