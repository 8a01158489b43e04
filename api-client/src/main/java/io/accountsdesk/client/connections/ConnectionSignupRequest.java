package io.accountsdesk.client.connections;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The body that starts a provider signup: {@code {"signup": {...}}}, the same wrapper for every provider.
 *
 * @param signup the provider's signup details (required)
 * @param <S>    the provider's signup record
 */
public record ConnectionSignupRequest<S>(@JsonProperty("signup") S signup) {

    public ConnectionSignupRequest {
        Objects.requireNonNull(signup, "signup");
    }
}
