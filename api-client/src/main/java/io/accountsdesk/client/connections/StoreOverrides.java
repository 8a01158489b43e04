package io.accountsdesk.client.connections;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body that adds store overrides to a connection that already exists: {@code {"overrides": [...]}}.
 *
 * @param overrides the overrides; the seed allows at most one per call ({@code [0 .. 1] items})
 * @param <C>       the provider's override credentials record
 */
public record StoreOverrides<C>(@JsonProperty("overrides") List<StoreOverride<C>> overrides) {

    /** The seed's upper bound on {@code overrides}. */
    public static final int MAX_ITEMS = 1;

    public StoreOverrides {
        if (overrides != null && overrides.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("At most " + MAX_ITEMS + " store override can be added per call, not "
                    + overrides.size() + ".");
        }
        overrides = overrides == null ? null : List.copyOf(overrides);
    }

    /** One override for {@code storeId}. */
    public static <C> StoreOverrides<C> of(String storeId, C credentials) {
        return new StoreOverrides<>(List.of(new StoreOverride<>(storeId, credentials)));
    }
}
