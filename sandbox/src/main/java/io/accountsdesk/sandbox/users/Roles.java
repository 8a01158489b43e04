package io.accountsdesk.sandbox.users;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.store.DocumentStore;
import java.util.Optional;

/**
 * Reads the roles a user may be given. Roles belong to the "Roles & users" routes ({@code /accounts/{oid}/auth/roles},
 * another part of the sandbox); this assumes they keep each role as a document of kind {@value #KIND}, owned by the
 * account's full id, with the role's {@code id} as document id, and mark a deleted role with {@code deleted_at}.
 */
public final class Roles {

    public static final String KIND = "roles";

    private Roles() {
    }

    /** A live role of the account. */
    public static Optional<ObjectNode> find(DocumentStore.Tx tx, String accountId, String roleId) {
        if (roleId == null || roleId.isEmpty() || roleId.length() > 200) {
            return Optional.empty();
        }
        return tx.get(KIND, accountId, roleId).filter(role -> role.path("deleted_at").isMissingNode()
                || role.path("deleted_at").isNull());
    }
}
