package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The user as the external OpenID Connect provider described them.
 *
 * @param value     the provider's claims ({@code sub}, {@code name}, ...). Kept as a map because OpenID Connect lets
 *                  each provider add its own claims; the seed's example shows {@code sub} and {@code name}
 * @param authority which provider vouched for the user; named on the published docs page, not in the seed
 */
public record OidcUserInfo(
        @JsonProperty("value") Map<String, Object> value,
        @JsonProperty("authority") String authority) {

    /** The provider's subject id for the user, or {@code null}. */
    public String subject() {
        return value == null || value.get("sub") == null ? null : value.get("sub").toString();
    }
}
