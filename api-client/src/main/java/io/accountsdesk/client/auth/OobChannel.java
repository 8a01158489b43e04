package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/** How an out-of-band (MFA) code reaches the user. Open: a channel the seed does not list is kept as sent. */
public record OobChannel(String value) implements OpenEnum {

    public static final OobChannel SMS = new OobChannel("sms");
    public static final OobChannel EMAIL = new OobChannel("email");

    /** The channels the seed names; {@code sms} is the server's default. */
    public static final List<OobChannel> KNOWN = List.of(SMS, EMAIL);

    @JsonCreator
    public static OobChannel of(String value) {
        return value == null ? null : new OobChannel(value);
    }

    @Override
    public List<OobChannel> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
