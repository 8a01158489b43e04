package io.accountsdesk.sandbox;

import io.accountsdesk.sandbox.accounts.AccountRepository;
import io.accountsdesk.sandbox.auth.ApiClientRepository;
import io.accountsdesk.sandbox.auth.TokenService;
import io.accountsdesk.sandbox.outbox.Outbox;
import io.accountsdesk.sandbox.store.DocumentStore;
import io.accountsdesk.sandbox.store.SandboxDatabase;
import java.net.URI;
import java.time.Clock;

/**
 * What every group of routes may need, handed to each {@code *Routes} class's constructor so they share one store,
 * one clock and one outbox.
 *
 * @param baseUrl   the API root as clients reach it, {@code http://127.0.0.1:PORT/v1}
 * @param partnerId the seeded partner
 */
public record SandboxContext(
        URI baseUrl,
        String partnerId,
        SandboxDatabase database,
        DocumentStore documents,
        AccountRepository accounts,
        ApiClientRepository clients,
        TokenService tokens,
        Outbox outbox,
        Clock clock) {
}
