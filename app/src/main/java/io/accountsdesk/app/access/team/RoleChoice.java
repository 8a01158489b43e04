package io.accountsdesk.app.access.team;

import io.accountsdesk.client.roles.Role;
import java.util.List;

/** A role a person can be given, with the scopes it grants (shown beside its name so nobody grants blindly). */
public record RoleChoice(String id, String name, List<String> scopes) {

    static RoleChoice of(Role role) {
        return new RoleChoice(role.id(), role.name() == null ? role.id() : role.name(),
                role.scope() == null ? List.of() : role.scope());
    }
}
