package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/** How a passwordless one-time code is sent. Open: an unknown value is kept as sent. */
public record PasswordlessConnection(String value) implements OpenEnum {

    public static final PasswordlessConnection EMAIL = new PasswordlessConnection("email");
    public static final PasswordlessConnection SMS = new PasswordlessConnection("sms");

    public static final List<PasswordlessConnection> KNOWN = List.of(EMAIL, SMS);

    @JsonCreator
    public static PasswordlessConnection of(String value) {
        return value == null ? null : new PasswordlessConnection(value);
    }

    @Override
    public List<PasswordlessConnection> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
