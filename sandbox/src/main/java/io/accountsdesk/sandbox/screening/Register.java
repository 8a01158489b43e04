package io.accountsdesk.sandbox.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.store.DocumentStore;

import java.util.ArrayList;
import java.util.List;

/**
 * One register's listings as a search sees them: the seeded ones (one stored document, read once and kept, since it
 * never changes) followed by those reported since (one document each, read on every search, oldest first).
 * Searches never change a listing they are given.
 */
public final class Register {

    private final DocumentStore store;
    private final String seededKind;
    private final String kind;
    private final String owner;
    private volatile List<ObjectNode> seeded;

    public Register(DocumentStore store, String seededKind, String kind, String owner) {
        this.store = store;
        this.seededKind = seededKind;
        this.kind = kind;
        this.owner = owner;
    }

    public List<ObjectNode> listings() {
        List<ObjectNode> base = seeded;
        if (base == null) {
            List<ObjectNode> loaded = new ArrayList<>();
            store.get(seededKind, owner, RegisterSeeder.ID).ifPresent(doc -> {
                for (JsonNode listing : doc.path("listings")) {
                    loaded.add((ObjectNode) listing);
                }
            });
            base = List.copyOf(loaded);
            seeded = base;
        }
        List<ObjectNode> reported = new ArrayList<>(store.all(kind, owner));
        java.util.Collections.reverse(reported);
        List<ObjectNode> all = new ArrayList<>(base.size() + reported.size());
        all.addAll(base);
        all.addAll(reported);
        return all;
    }
}
