package io.accountsdesk.client.connections.vipps;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * The Vipps signup the server starts on the merchant's behalf; every field is set by the server.
 *
 * @param id        Vipps' signup id
 * @param url       where the merchant completes the signup with Vipps
 * @param expiresAt when {@code url} stops working
 */
public record VippsSignup(
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("id") String id,
        @JsonProperty("url") String url,
        @JsonProperty("callback_at") OffsetDateTime callbackAt,
        @JsonProperty("expires_at") OffsetDateTime expiresAt) {
}
