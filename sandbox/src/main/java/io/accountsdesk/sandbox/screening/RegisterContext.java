package io.accountsdesk.sandbox.screening;

import io.accountsdesk.sandbox.store.DocumentStore;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * What one register's routes (MATCH's, VMSS's) work with: the store, the register's listings, the numbers the
 * registers hand out, and the clock that stamps what a search keeps.
 */
public record RegisterContext(DocumentStore store, Register register, Sequences sequences, Clock clock) {

    /** The time a kept inquiry or search is stamped with ({@code created_at}). */
    public String now() {
        return OffsetDateTime.now(clock).toString();
    }
}
