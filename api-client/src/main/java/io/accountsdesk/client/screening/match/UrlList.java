package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A list of web addresses. The seed's example holds a {@code null} entry, so entries may be {@code null}. */
public record UrlList(@JsonProperty("Url") @JsonAlias("urls") List<String> urls) {
}
