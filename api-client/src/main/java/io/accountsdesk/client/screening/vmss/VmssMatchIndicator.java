package io.accountsdesk.client.screening.vmss;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/**
 * How one field of a VMSS terminated record compares with the searched merchant ({@code terminatedRecordMatch}).
 *
 * <p>The seed's only value is {@code "N"} (no match). Visa's other values are kept as sent; the seed does not name
 * them, so no constants are guessed for them.
 */
public record VmssMatchIndicator(String value) implements OpenEnum {

    public static final VmssMatchIndicator NO_MATCH = new VmssMatchIndicator("N");

    public static final List<VmssMatchIndicator> KNOWN = List.of(NO_MATCH);

    @JsonCreator
    public static VmssMatchIndicator of(String value) {
        return value == null ? null : new VmssMatchIndicator(value);
    }

    @Override
    public List<VmssMatchIndicator> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
