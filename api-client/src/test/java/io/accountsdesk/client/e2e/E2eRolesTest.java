package io.accountsdesk.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.paging.Page;
import io.accountsdesk.client.roles.Role;
import io.accountsdesk.client.roles.RoleQuery;
import io.accountsdesk.client.roles.RoleRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Roles through the typed client: create, read, update, search, page and delete against the sandbox. */
class E2eRolesTest {

    @RegisterExtension
    static final E2eSandbox SANDBOX = new E2eSandbox(1);

    private static ApiClient client() {
        return SANDBOX.client();
    }

    @Test
    void aRoleIsCreatedReadUpdatedAndDeleted() {
        Role created = client().roles().create(new RoleRequest("till support", "Administrate orders",
                List.of("read:accounts", "read:billing", "admin:shopping")));
        assertThat(created.id()).isNotBlank();
        assertThat(created.scope()).containsExactly("read:accounts", "read:billing", "admin:shopping");

        assertThat(client().roles().get(created.id())).isEqualTo(created);

        Role updated = client().roles().update(created.id(), new RoleRequest("till support", "Orders, read only",
                List.of("read:accounts")));
        assertThat(updated.description()).isEqualTo("Orders, read only");
        assertThat(updated.scope()).containsExactly("read:accounts");
        assertThat(updated.updatedAt()).isAfterOrEqualTo(created.updatedAt());

        Role deleted = client().roles().delete(created.id());
        assertThat(deleted.deletedAt()).isNotNull();
        assertThat(client().roles().list(RoleQuery.all().withName("till support"), null).items()).isEmpty();
        assertThat(client().roles().list(RoleQuery.all().withName("till support").withDeleted(true), null).items())
                .extracting(Role::id).contains(created.id());
    }

    @Test
    void searchFindsByNameAndDescriptionAndPagesWalkEveryRole() {
        for (int i = 0; i < 5; i++) {
            client().roles().create(new RoleRequest("pager " + i, "paged role", List.of("read:accounts")));
        }
        client().roles().create(new RoleRequest("finance", "Reads the ledger", List.of("read:billing")));

        assertThat(client().roles().list(RoleQuery.all().withSearch("ledger"), null).items())
                .extracting(Role::name).containsExactly("finance");

        Page<Role> first = client().roles().list(RoleQuery.all().withSearch("paged").withLimit(2), null);
        assertThat(first.items()).hasSize(2);
        List<String> streamed = client().roles().stream(RoleQuery.all().withSearch("paged").withLimit(2))
                .map(Role::name).collect(Collectors.toList());
        assertThat(streamed).hasSize(5).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("pager 0", "pager 1", "pager 2", "pager 3", "pager 4");
    }

    @Test
    void aRoleWithoutScopesIsRefusedOnTheField() {
        assertThatThrownBy(() -> client().roles().create(new RoleRequest("empty", null, null)))
                .isInstanceOfSatisfying(ApiException.Validation.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> assertThat(error.field()).contains("scope")));
    }
}
