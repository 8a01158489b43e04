package io.accountsdesk.app.access.roles;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.TestSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.roles.RoleQuery;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a production (P) partner: a role that writes is flagged, and deleting a role takes its name typed. */
class RolesProductionTest {

    @Test
    void writingScopesAreFlaggedAndDeletingTakesTheNameTyped(@TempDir Path dataDir, @TempDir Path configDir) {
        try (TestSandbox sandbox = TestSandbox.startLive(dataDir, 1)) {
            TestServices test = TestServices.of(sandbox.session(), configDir);
            RolesViewModel model = new RolesViewModel(test.services);
            model.activate(Place.of(RolesViewModel.SCREEN));
            model.newRole();
            RoleEditor editor = model.editor();
            editor.name().set("live support");
            editor.scopes().select(List.of("read:accounts", "read:billing"));
            assertThat(editor.warningProperty().get()).as("reading only").isEmpty();
            editor.scopes().select(List.of("read:accounts", "write:accounts"));
            assertThat(editor.warningProperty().get()).contains(sandbox.session().partnerId())
                    .contains("write:accounts").doesNotContain("read:accounts");
            editor.scopes().addCustom("receipts:export");
            assertThat(editor.warningProperty().get()).as("a scope the desk does not know counts as writing")
                    .contains("receipts:export");
            model.save();
            String id = editor.roleId();
            assertThat(id).isNotNull();

            test.dialogs.typedAnswer = "live";
            model.delete();
            assertThat(test.dialogs.of("typed")).singleElement()
                    .satisfies(asked -> assertThat(asked.word()).isEqualTo("live support"));
            assertThat(test.dialogs.of("confirm")).isEmpty();
            assertThat(sandbox.session().client().roles().get(id)).isNotNull();
            test.dialogs.typedAnswer = "live support";
            model.delete();
            assertThat(sandbox.session().client().roles().stream(RoleQuery.all()).toList())
                    .noneMatch(role -> role.id().equals(id));
        }
    }
}
