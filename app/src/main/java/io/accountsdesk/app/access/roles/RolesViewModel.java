package io.accountsdesk.app.access.roles;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.FormDraft;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenModel;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.roles.Role;
import io.accountsdesk.client.roles.RoleQuery;
import io.accountsdesk.ui.ContentState;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The partner's roles ({@code /accounts/{oid}/auth/roles}): the list with a filter, and one role at a time in the
 * {@link RoleEditor} (read afresh when opened), saved as a new role or over the old one, or deleted after a
 * confirmation that is typed when production data is at stake.
 */
public final class RolesViewModel implements ScreenModel {

    public static final String SCREEN = "roles";

    /** One role in the list. */
    public record RoleRow(String id, String name, String description, List<String> scope) {

        static RoleRow of(Role role) {
            return new RoleRow(role.id(), role.name() == null ? "" : role.name(),
                    role.description() == null ? "" : role.description(), role.scope() == null ? List.of() : role.scope());
        }

        public boolean writes() {
            return !ScopeCatalogue.writing(scope).isEmpty();
        }

        boolean matches(String filter) {
            if (filter == null || filter.isBlank()) {
                return true;
            }
            String needle = filter.strip().toLowerCase(Locale.ROOT);
            return (name + " " + description + " " + id + " " + String.join(" ", scope))
                    .toLowerCase(Locale.ROOT).contains(needle);
        }
    }

    private final SessionServices services;
    private final Messages messages;
    private final RoleEditor editor;
    private final ObservableList<RoleRow> rows = FXCollections.observableArrayList();
    private final FilteredList<RoleRow> shown = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyStringWrapper editorTitle = new ReadOnlyStringWrapper(this, "editorTitle", "");
    private final ReadOnlyStringWrapper editorError = new ReadOnlyStringWrapper(this, "editorError", "");
    private final ReadOnlyBooleanWrapper deletable = new ReadOnlyBooleanWrapper(this, "deletable");
    private Role opened;
    private boolean loaded;
    /** The role the last place linked to, opened once: coming back to the place does not open it again. */
    private String linkedRole;
    private Cancellable reading = Cancellable.NONE;
    private Cancellable loading = Cancellable.NONE;

    public RolesViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        this.editor = new RoleEditor(services);
        filter.addListener((obs, old, now) -> shown.setPredicate(row -> row.matches(now)));
    }

    @Override
    public void activate(Place place) {
        if (!loaded) {
            reload();
        }
        String role = place.param("role");
        if (role != null && !role.equals(linkedRole)) {
            linkedRole = role;
            openLinked(role);
        }
    }

    /** The place of one role in the editor ({@code roles?role=<id>}, or {@code new}), as a start notice opens. */
    public static Place placeOf(String roleId) {
        return Place.of(SCREEN, "role", roleId);
    }

    /** A link to a role opens it (its draft comes back with it), unless the editor holds typing of its own. */
    private void openLinked(String role) {
        if (editing.get() && editor.form().isDirty()) {
            return;
        }
        if (RoleEditor.NEW.equals(role)) {
            newRole();
        } else {
            read(role, role);
        }
    }

    @Override
    public void deactivate() {
        editor.flush();
    }

    @Override
    public void dispose() {
        loading.cancel();
        reading.cancel();
        editor.close();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return editing.get() && editor.form().isDirty();
    }

    @Override
    public void discardChanges() {
        editor.discard(opened);
    }

    /** Reads the roles again (row 16), every page of them. */
    public void reload() {
        loading.cancel();
        state.set(ContentState.LOADING);
        error.set("");
        loading = services.tasks().run(messages.get("roles.task.list"),
                task -> services.api(task).roles().stream(RoleQuery.all().withLimit(RoleQuery.MAX_LIMIT),
                        task.cancellation()).toList(),
                roles -> {
                    loaded = true;
                    rows.setAll(roles.stream().map(RoleRow::of).toList());
                    // Scopes other roles use are offered too: the catalogue cannot know an API's own.
                    roles.forEach(role -> editor.scopes().offer(role.scope() == null ? List.of() : role.scope()));
                    state.set(rows.isEmpty() ? ContentState.EMPTY : ContentState.READY);
                },
                failure -> {
                    error.set(messages.format("roles.error.list", services.errors().describe(failure)));
                    state.set(ContentState.ERROR);
                });
    }

    /** Opens a new, empty role in the editor (its draft, if one was kept, comes back). */
    public void newRole() {
        reading.cancel(); // a role still on its way must not replace the new one
        opened = null;
        deletable.set(false);
        editorError.set("");
        editor.show(null);
        editing.set(true);
        editorTitle.set(messages.get("roles.new.title"));
    }

    /** Reads {@code row}'s role afresh (row 18) and opens it in the editor. */
    public void open(RoleRow row) {
        if (row == null) {
            return;
        }
        read(row.id(), row.name());
    }

    private void read(String id, String name) {
        editorError.set("");
        reading.cancel(); // only the role asked for last is shown
        reading = services.tasks().run(messages.format("roles.task.read", name),
                task -> services.api(task).roles().get(id),
                this::showOpened,
                failure -> editorError.set(messages.format("roles.error.read", name,
                        services.errors().describe(failure))));
    }

    private void showOpened(Role role) {
        opened = role;
        deletable.set(true);
        editing.set(true);
        editorTitle.set(messages.format("roles.edit.title", role.name() == null ? role.id() : role.name()));
        editor.show(role);
    }

    /** Saves the role: creates it (row 17) or replaces it (row 19). Bad input stays on its field. */
    public void save() {
        if (!editing.get() || !editor.form().validateAll()) {
            return;
        }
        if (!editor.isNew() && !editor.form().isDirty()) {
            return;
        }
        var request = editor.request();
        String roleId = editor.roleId();
        editor.form().busyProperty().set(true);
        services.tasks().run(BackgroundTask.of(messages.format("roles.task.save", request.name()),
                        task -> roleId == null ? services.api(task).roles().create(request)
                                : services.api(task).roles().update(roleId, request))
                .onSuccess(saved -> {
                    RoleRow row = RoleRow.of(saved);
                    int at = indexOf(saved.id());
                    if (at < 0) {
                        rows.add(0, row);
                    } else {
                        rows.set(at, row);
                    }
                    state.set(ContentState.READY);
                    opened = saved;
                    deletable.set(true);
                    editorTitle.set(messages.format("roles.edit.title", row.name()));
                    editor.saved(saved);
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                            messages.format("roles.saved", row.name()));
                })
                .onFailure(failure -> editor.form().showServerErrors(failure))
                .onFinished(() -> editor.form().busyProperty().set(false)));
    }

    /**
     * Deletes the role on show (row 20) once the user confirms; in production they type its name. Users who hold
     * the role lose its scopes, which the message says.
     */
    public void delete() {
        if (!editing.get() || editor.isNew() || opened == null) {
            return;
        }
        Role role = opened;
        String label = role.name() == null || role.name().isBlank() ? role.id() : role.name();
        if (!services.confirmDestructive(messages.format("roles.delete.title", label),
                messages.format(services.touchesProduction() ? "roles.delete.text.production"
                        : "roles.delete.text", label), label, messages.get("roles.delete"))) {
            return;
        }
        services.tasks().run(BackgroundTask.of(messages.format("roles.task.delete", label),
                        task -> services.api(task).roles().delete(role.id()))
                .onSuccess(deleted -> {
                    int at = indexOf(role.id());
                    if (at >= 0) {
                        rows.remove(at);
                    }
                    FormDraft.forget(services, RoleEditor.DRAFT_FORM, role.id());
                    opened = null;
                    deletable.set(false);
                    editing.set(false);
                    state.set(rows.isEmpty() ? ContentState.EMPTY : ContentState.READY);
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                            messages.format("roles.deleted", label));
                })
                .onFailure(failure -> editorError.set(messages.format("roles.error.delete", label,
                        services.errors().describe(failure)))));
    }

    /** Leaves the editor; unsaved typing stays in its draft for the next visit. */
    public void closeEditor() {
        editor.flush();
        editing.set(false);
    }

    private int indexOf(String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public RoleEditor editor() {
        return editor;
    }

    /** The roles the filter lets through. */
    public ObservableList<RoleRow> rows() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<ContentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Whether the role on show exists on the server (a new one has nothing to delete yet). */
    public ReadOnlyBooleanProperty deletableProperty() {
        return deletable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty editorTitleProperty() {
        return editorTitle.getReadOnlyProperty();
    }

    /** A failure of reading or deleting the role on show. */
    public ReadOnlyStringProperty editorErrorProperty() {
        return editorError.getReadOnlyProperty();
    }
}
