package io.accountsdesk.client.auth;

/**
 * The revoke endpoint's answer, an empty object. Declared so the operation names its response; {@link AuthApi#revoke}
 * ignores the body, so an empty 200 or a 204 work as well.
 */
public record Revoked() {
}
