package io.accountsdesk.client.json;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A value from a set the seed enumerates, kept open: a value the client does not know is kept as the raw string the
 * server sent, so a new server value shows up as text instead of failing a whole response.
 *
 * <p>Implementations are one-component records with a {@code @JsonCreator static of(String)} factory and constants for
 * the seed's values; {@link #known()} lists those constants.
 */
public interface OpenEnum {

    /** The value exactly as the API writes it. */
    @JsonValue
    String value();

    /** The values the seed lists, in the seed's order. */
    List<? extends OpenEnum> known();

    /** Whether the seed lists this value. */
    default boolean isKnown() {
        return known().stream().anyMatch(value -> value.value().equals(value()));
    }
}
