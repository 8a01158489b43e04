package io.accountsdesk.client.authusers;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.auth.OobChannel;
import java.util.List;

/**
 * Multi-factor authentication required for the user.
 *
 * @param challengeType the seed's example shows only the placeholder {@code "string"}; {@code oob} is the one
 *                      challenge type the MFA endpoints know
 * @param oobChannels   where codes may be sent
 */
public record AuthUserMfa(
        @JsonProperty("challenge_type") String challengeType,
        @JsonProperty("oob_channels") List<OobChannel> oobChannels) {

    public static AuthUserMfa oob(List<OobChannel> channels) {
        return new AuthUserMfa("oob", channels);
    }
}
