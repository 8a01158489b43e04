package io.accountsdesk.client.http;

import java.util.Objects;

/** The user name and password a proxy asks for. {@link #toString()} never shows the password. */
public record ProxyCredentials(String user, String password) {

    public ProxyCredentials {
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
    }

    @Override
    public String toString() {
        return "ProxyCredentials[user=" + user + ", password=<redacted>]";
    }
}
