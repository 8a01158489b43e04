package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/** An optional standard claim to put in the ID token of a redirect. */
public record IdTokenClaim(String value) implements OpenEnum {

    public static final IdTokenClaim NAME = new IdTokenClaim("name");
    public static final IdTokenClaim EMAIL = new IdTokenClaim("email");

    public static final List<IdTokenClaim> KNOWN = List.of(NAME, EMAIL);

    @JsonCreator
    public static IdTokenClaim of(String value) {
        return value == null ? null : new IdTokenClaim(value);
    }

    @Override
    public List<IdTokenClaim> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
