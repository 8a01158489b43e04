package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One public key of the account's JSON Web Key Set, for checking the signature of access tokens. */
public record Jwk(
        @JsonProperty("alg") String alg,
        @JsonProperty("kty") String kty,
        @JsonProperty("use") String use,
        @JsonProperty("n") String n,
        @JsonProperty("e") String e,
        @JsonProperty("kid") String kid) {
}
