package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /accounts/{aid}/auth/mfa/recovery}: starts recovery for a user who lost one factor, done
 * with two out-of-band challenges over different channels.
 *
 * @param audience required by the seed, although its example leaves it out
 */
public record MfaRecoveryRequest(
        @JsonProperty("challenge_type") String challengeType,
        @JsonProperty("oob_channel") OobChannel oobChannel,
        @JsonProperty("username") String username,
        @JsonProperty("audience") String audience) {

    public static MfaRecoveryRequest oob(OobChannel channel, String username, String audience) {
        return new MfaRecoveryRequest(MfaChallengeRequest.OOB, channel, username, audience);
    }
}
