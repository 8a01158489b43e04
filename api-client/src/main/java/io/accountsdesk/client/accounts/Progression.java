package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/** The status a partner assigns to an account. An open set: see {@link OpenEnum}. */
public record Progression(String value) implements OpenEnum {

    public static final Progression APPLIED = new Progression("applied");
    public static final Progression LIVE = new Progression("live");
    public static final Progression FROZEN = new Progression("frozen");
    public static final Progression DEACTIVATED = new Progression("deactivated");

    public static final List<Progression> KNOWN = List.of(APPLIED, LIVE, FROZEN, DEACTIVATED);

    @JsonCreator
    public static Progression of(String value) {
        return value == null ? null : new Progression(value);
    }

    @Override
    public List<Progression> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
