package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to an MFA challenge or recovery request: the code to quote when completing the sign-in.
 *
 * @param bindingMethod {@code prompt}: the user must type the code they received (sent as {@code binding_code})
 * @param oobCode       the challenge's own code, sent back with grant {@code mfa-oob}
 * @param mfaToken      only in a recovery answer: the token the following {@code mfa-oob} grant must quote
 */
public record MfaChallenge(
        @JsonProperty("challenge_type") String challengeType,
        @JsonProperty("binding_method") String bindingMethod,
        @JsonProperty("oob_code") String oobCode,
        @JsonProperty("mfa_token") String mfaToken) {

    public static final String BINDING_PROMPT = "prompt";

    @Override
    public String toString() {
        return "MfaChallenge[challengeType=" + challengeType + ", bindingMethod=" + bindingMethod
                + ", oobCode=<redacted>, mfaToken=<redacted>]";
    }
}
