package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of {@code UrlMatch}. The seed writes this one key in lower case ({@code "url"}) even inside the PascalCase
 * MATCH result, and shows only {@code "string"} as its value, so it is kept as text: whether it holds an address or an
 * indicator is not said. The snake_case form is the same name, so no alias is needed.
 */
public record UrlMatch(@JsonProperty("url") String url) {
}
