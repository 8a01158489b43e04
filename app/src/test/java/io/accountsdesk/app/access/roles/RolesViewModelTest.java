package io.accountsdesk.app.access.roles;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.roles.Role;
import io.accountsdesk.client.roles.RoleQuery;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The roles screen against the sandbox's roles (a test partner, so no production warning and plain confirms). */
class RolesViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    @TempDir
    Path configDir;

    private RolesViewModel shown(TestServices test) {
        RolesViewModel model = new RolesViewModel(test.services);
        model.activate(Place.of(RolesViewModel.SCREEN));
        return model;
    }

    private List<Role> serverRoles() {
        return sandbox.client().roles().stream(RoleQuery.all().withLimit(RoleQuery.MAX_LIMIT)).toList();
    }

    /** A start notice's Open goes to {@code roles?role=…}: that role opens in the editor, its draft with it. */
    @Test
    void aLinkToARoleOpensItInTheEditorOnce() {
        Role existing = serverRoles().stream().filter(r -> "order support".equals(r.name())).findFirst()
                .orElseThrow();
        TestServices test = TestServices.of(sandbox.session(), configDir);
        RolesViewModel model = new RolesViewModel(test.services);

        model.activate(RolesViewModel.placeOf(existing.id()));

        assertThat(model.editingProperty().get()).isTrue();
        assertThat(model.editor().name().value()).isEqualTo("order support");
        model.editor().description().set("Typed, not saved");
        model.activate(RolesViewModel.placeOf(RoleEditor.NEW));
        assertThat(model.editor().name().value()).as("typing in the editor is not swept away by a link")
                .isEqualTo("order support");

        RolesViewModel fresh = new RolesViewModel(test.services);
        fresh.activate(RolesViewModel.placeOf(RoleEditor.NEW));
        assertThat(fresh.editingProperty().get()).isTrue();
        assertThat(fresh.editor().isNew()).isTrue();
    }

    @Test
    void aRoleIsCreatedReadChangedAndDeleted() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        RolesViewModel model = shown(test);
        assertThat(model.rows()).extracting(RolesViewModel.RoleRow::name).contains("order support", "billing admin");

        model.newRole();
        RoleEditor editor = model.editor();
        editor.name().set("refund desk");
        editor.description().set("Reads accounts, handles billing");
        editor.scopes().select(List.of("read:accounts"));
        option(editor, "write:billing").selected().set(true);
        model.save();

        Role created = serverRoles().stream().filter(r -> "refund desk".equals(r.name())).findFirst().orElseThrow();
        assertThat(created.scope()).containsExactlyInAnyOrder("read:accounts", "write:billing");
        assertThat(created.description()).isEqualTo("Reads accounts, handles billing");
        assertThat(model.rows()).anySatisfy(row -> assertThat(row.id()).isEqualTo(created.id()));
        assertThat(editor.isNew()).as("the editor now edits the saved role").isFalse();
        assertThat(editor.form().isDirty()).isFalse();

        RolesViewModel.RoleRow row = model.rows().stream().filter(r -> r.id().equals(created.id())).findFirst()
                .orElseThrow();
        model.open(row);
        assertThat(editor.name().value()).isEqualTo("refund desk");
        assertThat(option(editor, "write:billing").selected().get()).isTrue();
        option(editor, "write:billing").selected().set(false);
        option(editor, "read:billing").selected().set(true);
        editor.description().set("Reads accounts and billing");
        model.save();
        Role changed = sandbox.client().roles().get(created.id());
        assertThat(changed.scope()).containsExactlyInAnyOrder("read:accounts", "read:billing");
        assertThat(changed.description()).isEqualTo("Reads accounts and billing");

        test.dialogs.confirmAnswer = false;
        model.delete();
        assertThat(serverRoles()).as("cancelled: still there").anyMatch(r -> r.id().equals(created.id()));
        test.dialogs.confirmAnswer = true;
        model.delete();
        assertThat(test.dialogs.of("confirm")).hasSize(2);
        assertThat(test.dialogs.of("typed")).as("a test partner confirms plainly").isEmpty();
        assertThat(serverRoles()).noneMatch(r -> r.id().equals(created.id()));
        assertThat(model.rows()).noneMatch(r -> r.id().equals(created.id()));
        assertThat(model.editingProperty().get()).isFalse();
    }

    @Test
    void badInputStaysOnItsFieldAndNothingIsSent() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        RolesViewModel model = shown(test);
        int before = serverRoles().size();
        model.newRole();
        model.editor().description().set("no name, no scopes");
        model.save();
        assertThat(model.editor().name().errorProperty().get()).isNotEmpty();
        assertThat(model.editor().scopes().field().errorProperty().get()).contains("at least one scope");
        assertThat(model.editor().description().value()).as("nothing typed is lost").isEqualTo("no name, no scopes");
        assertThat(serverRoles()).hasSize(before);
        assertThat(model.editor().scopes().addCustom("read receipts")).isFalse();
        assertThat(model.editor().scopes().customErrorProperty().get()).isNotEmpty();
        assertThat(model.editor().scopes().addCustom("read:receipts")).isTrue();
        assertThat(model.editor().scopes().selected()).containsExactly("read:receipts");
    }

    @Test
    void scopesAreGroupedByAreaAndTheSearchNarrowsThem() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        RolesViewModel model = shown(test);
        model.newRole();
        ScopeSelection scopes = model.editor().scopes();
        assertThat(scopes.groups()).extracting(ScopeSelection.Group::area)
                .containsSubsequence("accounts", "billing", "shopping");
        assertThat(group(scopes, "accounts")).containsExactly("read:accounts", "write:accounts", "admin:accounts");

        scopes.searchProperty().set("bill");
        assertThat(scopes.groups()).extracting(ScopeSelection.Group::area).containsExactly("billing");
        scopes.searchProperty().set("admin");
        assertThat(scopes.groups()).flatExtracting(g -> g.options().stream().map(ScopeSelection.Option::scope).toList())
                .containsExactlyInAnyOrder("admin:accounts", "admin:shopping");
        scopes.searchProperty().set("nothing-like-this");
        assertThat(scopes.groups()).isEmpty();
        scopes.searchProperty().set("");
        assertThat(scopes.groups()).hasSizeGreaterThanOrEqualTo(3);
        // A test partner: writing scopes need no warning.
        scopes.select(List.of("admin:accounts"));
        assertThat(model.editor().warningProperty().get()).isEmpty();
    }

    @Test
    void aLongRoleKeepsItsTypingInADraftUntilSaved() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        RolesViewModel model = shown(test);
        model.newRole();
        model.editor().name().set("half-made role");
        model.editor().scopes().select(List.of("read:billing", "read:accounts"));
        model.deactivate();

        RolesViewModel later = shown(TestServices.of(sandbox.session(), configDir));
        later.newRole();
        assertThat(later.editor().name().value()).isEqualTo("half-made role");
        assertThat(later.editor().scopes().selected()).containsExactly("read:accounts", "read:billing");
        assertThat(later.editor().draftNoticeProperty().get()).isNotEmpty();
        later.save();

        RolesViewModel after = shown(TestServices.of(sandbox.session(), configDir));
        after.newRole();
        assertThat(after.editor().name().value()).as("saved: the draft is gone").isEmpty();
        serverRoles().stream().filter(r -> "half-made role".equals(r.name()))
                .forEach(r -> sandbox.client().roles().delete(r.id()));
    }

    static ScopeSelection.Option option(RoleEditor editor, String scope) {
        return editor.scopes().groups().stream().flatMap(g -> g.options().stream())
                .filter(o -> o.scope().equals(scope)).findFirst().orElseThrow();
    }

    private static List<String> group(ScopeSelection scopes, String area) {
        return scopes.groups().stream().filter(g -> g.area().equals(area)).findFirst().orElseThrow().options()
                .stream().map(ScopeSelection.Option::scope).toList();
    }
}
