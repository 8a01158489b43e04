package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /accounts/{aid}/auth/mfa/challenge}: asks the server to send the user a code.
 *
 * @param challengeType always {@link #OOB}, the only type the seed allows
 * @param oobChannel    where to send the code; the server defaults to {@code sms}
 * @param mfaToken      the token from the {@code mfa_required} error
 */
public record MfaChallengeRequest(
        @JsonProperty("challenge_type") String challengeType,
        @JsonProperty("oob_channel") OobChannel oobChannel,
        @JsonProperty("mfa_token") String mfaToken) {

    public static final String OOB = "oob";

    public static MfaChallengeRequest oob(OobChannel channel, String mfaToken) {
        return new MfaChallengeRequest(OOB, channel, mfaToken);
    }

    @Override
    public String toString() {
        return "MfaChallengeRequest[challengeType=" + challengeType + ", oobChannel=" + oobChannel
                + ", mfaToken=<redacted>]";
    }
}
