package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A permission granted to the account, such as {@code allow} {@code checkout:auto_capture}. */
public record Permission(
        @JsonProperty("effect") String effect,
        @JsonProperty("action") List<String> action) {
}
