package io.accountsdesk.client.clients;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/**
 * Which token grant a client grant may be used for; {@code any} (the default) allows all. Open: an unknown value is
 * kept as sent.
 */
public record GrantType(String value) implements OpenEnum {

    public static final GrantType ANY = new GrantType("any");
    public static final GrantType AUTHORIZATION_CODE = new GrantType("authorization_code");
    public static final GrantType CLIENT_CREDENTIALS = new GrantType("client_credentials");
    public static final GrantType PASSWORD = new GrantType("password");

    public static final List<GrantType> KNOWN = List.of(ANY, AUTHORIZATION_CODE, CLIENT_CREDENTIALS, PASSWORD);

    @JsonCreator
    public static GrantType of(String value) {
        return value == null ? null : new GrantType(value);
    }

    @Override
    public List<GrantType> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
