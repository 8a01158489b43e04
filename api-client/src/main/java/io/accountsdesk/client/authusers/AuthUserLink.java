package io.accountsdesk.client.authusers;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A link to something of the user's; MFA codes go to these, so links are required when MFA is on.
 *
 * @param rel  what the link is, e.g. {@code phone_number} or {@code email} (the seed's examples; it lists no set)
 * @param href e.g. {@code tel:+4799999999} or {@code mailto:name@email.com}
 */
public record AuthUserLink(
        @JsonProperty("rel") String rel,
        @JsonProperty("href") String href) {

    public static AuthUserLink phone(String number) {
        return new AuthUserLink("phone_number", "tel:" + number);
    }

    public static AuthUserLink email(String address) {
        return new AuthUserLink("email", "mailto:" + address);
    }
}
