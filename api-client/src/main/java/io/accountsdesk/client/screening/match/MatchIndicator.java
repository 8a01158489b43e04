package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/**
 * How one field of a MATCH record compares with the searched merchant ({@code MerchantMatch},
 * {@code PrincipalMatch}).
 *
 * <p>The seed shows only {@code "string"} for these fields. The codes below are the ones Mastercard's MATCH API
 * publishes (its termination-inquiry example answers {@code "M01"}, {@code "M02"}, {@code "M00"}); any other value is
 * kept as sent.
 */
public record MatchIndicator(String value) implements OpenEnum {

    public static final MatchIndicator EXACT = new MatchIndicator("M01");
    public static final MatchIndicator PHONETIC = new MatchIndicator("M02");
    public static final MatchIndicator NO_MATCH = new MatchIndicator("M00");

    /** Strongest first, the order a screen shows them in. */
    public static final List<MatchIndicator> KNOWN = List.of(EXACT, PHONETIC, NO_MATCH);

    @JsonCreator
    public static MatchIndicator of(String value) {
        return value == null ? null : new MatchIndicator(value);
    }

    @Override
    public List<MatchIndicator> known() {
        return KNOWN;
    }

    /** Whether MATCH found this field alike, exactly or by sound. */
    public boolean isMatch() {
        return equals(EXACT) || equals(PHONETIC);
    }

    @Override
    public String toString() {
        return value;
    }
}
