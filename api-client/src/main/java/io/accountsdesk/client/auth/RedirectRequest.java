package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /accounts/{oid}/auth/redirect}: where to send the user with an ID token attached.
 *
 * @param redirectUri  required and {@code ^https?://.*} by the seed's table, although its example leaves it out
 * @param customClaims at most {@value #MAX_CUSTOM_CLAIMS} extra claims; the server prefixes their names with
 *                     {@code ext_}. Free-form by design, so a map
 * @param claims       optional standard claims to include
 */
public record RedirectRequest(
        @JsonProperty("redirect_uri") String redirectUri,
        @JsonProperty("custom_claims") Map<String, String> customClaims,
        @JsonProperty("claims") List<IdTokenClaim> claims) {

    public static final int MAX_CUSTOM_CLAIMS = 5;
    public static final Pattern REDIRECT_URI = Pattern.compile("^https?://.*");

    /** A request the server would accept: checked here so a mistake is reported before anything is sent. */
    public static RedirectRequest to(String redirectUri, Map<String, String> customClaims, List<IdTokenClaim> claims) {
        if (redirectUri == null || !REDIRECT_URI.matcher(redirectUri).matches()) {
            throw new IllegalArgumentException("The redirect URI must start with http:// or https://.");
        }
        if (customClaims != null && customClaims.size() > MAX_CUSTOM_CLAIMS) {
            throw new IllegalArgumentException("At most " + MAX_CUSTOM_CLAIMS + " custom claims are allowed, got "
                    + customClaims.size() + ".");
        }
        return new RedirectRequest(redirectUri, customClaims, claims);
    }
}
