package io.accountsdesk.client.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * One entry of a user's audit log.
 *
 * @param action what happened, for example {@code auth.token}; the seed does not list the values
 * @param actor  who did it
 * @param entity what it was done to
 */
public record UserActivity(
        @JsonProperty("id") String id,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("action") String action,
        @JsonProperty("actor") String actor,
        @JsonProperty("entity") String entity,
        @JsonProperty("context") Context context) {

    /** Where the request came from. */
    public record Context(
            @JsonProperty("ip") String ip,
            @JsonProperty("user_agent") String userAgent) {
    }
}
