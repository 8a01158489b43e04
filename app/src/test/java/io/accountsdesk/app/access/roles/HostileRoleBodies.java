package io.accountsdesk.app.access.roles;

import io.accountsdesk.client.roles.RoleRequest;

/** What the role editor would send, for the differential test outside this package: the editor's own body. */
public final class HostileRoleBodies {

    private HostileRoleBodies() {
    }

    public static RoleRequest request(RoleEditor editor) {
        return editor.request();
    }
}
