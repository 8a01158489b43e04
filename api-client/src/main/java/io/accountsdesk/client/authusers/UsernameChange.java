package io.accountsdesk.client.authusers;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of renaming a user: the new username, 1 to 255 characters. */
public record UsernameChange(@JsonProperty("username") String username) {
}
