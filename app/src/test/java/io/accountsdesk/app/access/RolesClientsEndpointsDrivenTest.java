package io.accountsdesk.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.SpecEndpoints;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.access.clients.ApiClientsViewModel;
import io.accountsdesk.app.access.clients.GrantsViewModel;
import io.accountsdesk.app.access.roles.RolesViewModel;
import io.accountsdesk.app.core.nav.Place;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance for clients, grants, roles and keys, checked rather than claimed: rows 8 to 21 of
 * {@code endpoints.tsv} are each called by the view models, as a user reaches them, and answered with success.
 */
class RolesClientsEndpointsDrivenTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    @TempDir
    Path configDir;

    @Test
    void theAppDrivesEveryClientGrantRoleAndKeyOperationOfTheSpec() throws Exception {
        Set<String> expected = SpecEndpoints.rows(SpecEndpoints.range(8, 21));
        assertThat(expected).hasSize(14);
        assertThat(SpecEndpoints.succeeded(this::driveEverything)).containsAll(expected);
    }

    private void driveEverything() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        test.dialogs.confirmAnswer = true;

        // 8, 13, 21: the screen lists clients and grants and reads the keys when shown.
        ApiClientsViewModel clients = new ApiClientsViewModel(test.services);
        clients.activate(Place.of(ApiClientsViewModel.SCREEN));
        assertThat(clients.keys().keys()).isNotEmpty();
        // 9: a client, its secret shown once; 10: read afresh.
        clients.startCreate();
        clients.name().set("Driven client");
        clients.create();
        assertThat(clients.secret().isPresent()).isTrue();
        clients.secret().stored();
        clients.open(clients.selectedProperty().get());
        String clientId = clients.selectedProperty().get().clientId();
        // 12: rotated, typing the client id.
        test.dialogs.typedAnswer = clientId;
        clients.rotate();
        assertThat(clients.secret().isPresent()).isTrue();
        clients.secret().stored();
        // 14, 15: a grant made and deleted.
        GrantsViewModel grants = clients.grants();
        grants.startFor(clientId);
        grants.scopes().select(List.of("read:accounts"));
        grants.create();
        grants.delete(grants.grants().stream().filter(g -> g.clientId().equals(clientId)).findFirst().orElseThrow());
        // 11: the client deleted.
        clients.delete();
        assertThat(clients.clients()).noneMatch(c -> clientId.equals(c.clientId()));

        // 16: the roles listed; 17: one made; 18: read; 19: changed; 20: deleted.
        RolesViewModel roles = new RolesViewModel(test.services);
        roles.activate(Place.of(RolesViewModel.SCREEN));
        roles.newRole();
        roles.editor().name().set("driven role");
        roles.editor().scopes().select(List.of("read:accounts"));
        roles.save();
        RolesViewModel.RoleRow row = roles.rows().stream().filter(r -> r.name().equals("driven role")).findFirst()
                .orElseThrow();
        roles.open(row);
        roles.editor().scopes().select(List.of("read:accounts", "read:billing"));
        roles.save();
        roles.delete();
        assertThat(roles.rows()).noneMatch(r -> r.id().equals(row.id()));
    }
}
