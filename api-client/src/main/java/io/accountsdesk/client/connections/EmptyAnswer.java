package io.accountsdesk.client.connections;

/**
 * The empty object ({@code {}}) the server answers when it completes a signup callback or stores overrides. It carries
 * nothing; the API methods return {@code void} and this record only names the body for the contract tests.
 */
public record EmptyAnswer() {
}
