package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/** Which kind of user a passwordless login is for; the server defaults to {@code customer}. */
public record PasswordlessUserType(String value) implements OpenEnum {

    public static final PasswordlessUserType COMPANY = new PasswordlessUserType("company");
    public static final PasswordlessUserType CUSTOMER = new PasswordlessUserType("customer");

    public static final List<PasswordlessUserType> KNOWN = List.of(COMPANY, CUSTOMER);

    @JsonCreator
    public static PasswordlessUserType of(String value) {
        return value == null ? null : new PasswordlessUserType(value);
    }

    @Override
    public List<PasswordlessUserType> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
