package io.accountsdesk.sandbox.screening;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.store.DocumentStore;

import java.util.function.BiFunction;

/**
 * Numbers the registers hand out (inquiry reference numbers, merchant reference numbers, VMSS search references),
 * kept in the database so they keep counting after a restart. A number is taken in the same transaction as the
 * document that carries it, so a failed write does not use one up; the lock keeps two requests of this sandbox from
 * taking the same number (one sandbox owns its database, see {@code SandboxDatabase}).
 */
public final class Sequences {

    static final String KIND = "screening.sequence";
    static final String OWNER = "screening";

    private final DocumentStore store;
    private final Object lock = new Object();

    public Sequences(DocumentStore store) {
        this.store = store;
    }

    /** Takes the next number of {@code name} (1, 2, …) and runs {@code work} with it, all in one transaction. */
    public <T> T withNext(String name, BiFunction<DocumentStore.Tx, Long, T> work) {
        synchronized (lock) {
            return store.inTransaction(tx -> {
                long next = tx.get(KIND, OWNER, name).map(d -> d.path("last").asLong()).orElse(0L) + 1;
                ObjectNode counter = Json.object();
                counter.put("last", next);
                tx.put(KIND, OWNER, name, counter);
                return work.apply(tx, next);
            });
        }
    }
}
