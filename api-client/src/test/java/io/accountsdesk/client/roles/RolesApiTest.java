package io.accountsdesk.client.roles;

import static io.accountsdesk.client.MockApi.body;
import static io.accountsdesk.client.MockApi.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.MockApi;
import io.accountsdesk.client.paging.Page;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RolesApiTest {

    private final MockApi api = new MockApi();
    private final RolesApi roles = new RolesApi(api.transport, "T12345678");

    @AfterEach
    void stop() {
        api.close();
    }

    private static String roles(String... ids) {
        StringBuilder json = new StringBuilder("[");
        for (String id : ids) {
            json.append(json.length() > 1 ? "," : "").append("{\"id\":\"").append(id).append("\",\"scope\":[\"a\"]}");
        }
        return json.append("]").toString();
    }

    @Test
    void aPlainListingSendsOnlyTheLimit() {
        api.answer(200, roles("r1"));

        Page<Role> page = roles.list(RoleQuery.all(), null);

        assertThat(page.items()).extracting(Role::id).containsExactly("r1");
        assertThat(page.hasMore()).isFalse();
        RecordedRequest request = api.take();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/auth/roles");
        assertThat(request.getUrl().query()).isEqualTo("limit=10");
    }

    @Test
    void filtersAreTrimmedBlankOnesLeftOutAndDeletedRolesAskedForExplicitly() {
        api.answer(200, roles());

        roles.list(RoleQuery.all().withSearch("  order support ").withName("   ").withDeleted(true).withLimit(2),
                "r 9&x");

        RecordedRequest request = api.take();
        assertThat(request.getUrl().queryParameterNames())
                .containsExactly("search", "include_deleted", "limit", "starting_after");
        assertThat(request.getUrl().queryParameter("search")).isEqualTo("order support");
        assertThat(request.getUrl().queryParameter("include_deleted")).isEqualTo("true");
        assertThat(request.getUrl().queryParameter("starting_after")).isEqualTo("r 9&x");
    }

    @Test
    void theStreamFollowsTheLastIdOfEachFullPage() {
        api.answer(200, roles("r1", "r2"));
        api.answer(200, roles("r3"));

        List<String> ids = roles.stream(RoleQuery.all().withLimit(2)).map(Role::id).toList();

        assertThat(ids).containsExactly("r1", "r2", "r3");
        assertThat(api.take().getUrl().queryParameter("starting_after")).isNull();
        assertThat(api.take().getUrl().queryParameter("starting_after")).isEqualTo("r2");
    }

    @Test
    void limitsOutsideTheSeedsRangeAreRefused() {
        assertThatThrownBy(() -> RoleQuery.all().withLimit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoleQuery.all().withLimit(101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RoleQuery.all().withLimit(100).limit()).isEqualTo(100);
    }

    @Test
    void updateSendsTheRoleToItsOwnPath() {
        api.answer(200, "{\"id\":\"r/1\",\"name\":\"support\",\"scope\":[\"read:accounts\"]}");

        Role updated = roles.update("r/1", new RoleRequest("support", null, List.of("read:accounts")));

        assertThat(updated.name()).isEqualTo("support");
        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/auth/roles/r%2F1");
        assertThat(body(request)).isEqualTo(parse("{\"name\":\"support\",\"scope\":[\"read:accounts\"]}"));
    }
}
