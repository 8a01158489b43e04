package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** The status a partner assigns to an account. An open set, like {@link ConnectionStatus}. */
public record Progression(String value) {

    public static final Progression APPLIED = new Progression("applied");
    public static final Progression LIVE = new Progression("live");
    public static final Progression FROZEN = new Progression("frozen");
    public static final Progression DEACTIVATED = new Progression("deactivated");

    public static final List<Progression> KNOWN = List.of(APPLIED, LIVE, FROZEN, DEACTIVATED);

    @JsonCreator
    public static Progression of(String value) {
        return value == null ? null : new Progression(value);
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
