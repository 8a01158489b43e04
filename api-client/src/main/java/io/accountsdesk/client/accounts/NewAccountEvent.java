package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** An event to add to an account's log. All three fields are required by the seed. */
public record NewAccountEvent(
        @JsonProperty("event_type") AccountEventType eventType,
        @JsonProperty("body") String body,
        @JsonProperty("visibility") EventVisibility visibility) {

    public NewAccountEvent {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(visibility, "visibility");
    }

    /** A private comment, the only kind of event the seed describes. */
    public static NewAccountEvent comment(String body) {
        return new NewAccountEvent(AccountEventType.COMMENT, body, EventVisibility.PRIVATE);
    }
}
