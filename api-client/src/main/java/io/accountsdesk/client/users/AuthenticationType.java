package io.accountsdesk.client.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/**
 * How an account user signs in. The seed names one value for new users, {@code external} (an outside identity
 * provider issues the user's ID token); it types the returned field as a plain string, so other values are kept as
 * sent.
 */
public record AuthenticationType(String value) implements OpenEnum {

    public static final AuthenticationType EXTERNAL = new AuthenticationType("external");

    public static final List<AuthenticationType> KNOWN = List.of(EXTERNAL);

    @JsonCreator
    public static AuthenticationType of(String value) {
        return value == null ? null : new AuthenticationType(value);
    }

    @Override
    public List<AuthenticationType> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
