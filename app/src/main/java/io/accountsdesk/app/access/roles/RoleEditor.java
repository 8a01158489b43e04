package io.accountsdesk.app.access.roles;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormDraft;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.client.roles.Role;
import io.accountsdesk.client.roles.RoleRequest;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The form of one role (a new one, or one read from the server): name, description and the scopes as grouped
 * checkboxes, the warning when the role would let its users change production data, and the draft that keeps the
 * typing of this long form. The seed requires only {@code scope} (non-empty items) and limits no length; the desk
 * also asks for a name, because a role is picked by its name wherever users are given roles.
 */
public final class RoleEditor {

    /** The drafts' form name; a new role's draft is kept under {@link #NEW}. */
    static final String DRAFT_FORM = "role";
    static final String NEW = "new";

    private final SessionServices services;
    private final Messages messages;
    private final Form form;
    private final FormField<String> name;
    private final FormField<String> description;
    private final FormField<List<String>> scope;
    private final ScopeSelection scopes;
    private final FormDraft draft;
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyStringWrapper draftNotice = new ReadOnlyStringWrapper(this, "draftNotice", "");
    private final DateTimeFormatter draftTime;
    private String roleId;

    RoleEditor(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        Validators validators = new Validators(messages);
        form = Form.forNew(messages);
        name = form.add(FormField.text("name", messages.get("roles.field.name"), "")
                .validatedBy(validators.required()));
        description = form.add(FormField.text("description", messages.get("roles.field.description"), ""));
        scope = form.add(ScopeSelection.field("scope", messages.get("roles.field.scope"))
                .validatedBy(chosen -> chosen == null || chosen.isEmpty()
                        ? messages.get("roles.scope.required") : null));
        scopes = new ScopeSelection(scope, messages);
        draft = new FormDraft(services, form, DRAFT_FORM);
        draftTime = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(services.clock().getZone());
        scope.valueProperty().addListener((obs, old, now) -> rewarn());
        rewarn();
    }

    /**
     * The roles are the partner's own ({@code /accounts/{oid}/auth/roles}), so they reach production data exactly
     * when the session does: a P partner or the production environment. There a role that writes gets a warning.
     */
    private void rewarn() {
        List<String> writing = ScopeCatalogue.writing(scope.value());
        warning.set(services.touchesProduction() && !writing.isEmpty()
                ? messages.format("roles.warning", services.session().partnerId(), String.join(", ", writing))
                : "");
    }

    /** Shows {@code role} as the server has it ({@code null}: a new, empty role), and puts back a draft of it. */
    void show(Role role) {
        // The typing of the role on show so far is kept for its next visit.
        draft.close();
        fill(role);
    }

    private void fill(Role role) {
        roleId = role == null ? null : role.id();
        draftNotice.set("");
        draft.quietly(() -> {
            name.reset(role == null || role.name() == null ? "" : role.name());
            description.reset(role == null || role.description() == null ? "" : role.description());
            scope.reset(ScopeSelection.sorted(role == null ? List.of() : role.scope()));
            scopes.searchProperty().set("");
        });
        form.clearFormError();
        draft.open(roleId == null ? NEW : roleId,
                savedAt -> draftNotice.set(messages.format("form.draft.restored", draftTime.format(savedAt))));
    }

    /** What the server is sent on save: the whole role, since PUT replaces it. */
    RoleRequest request() {
        String text = description.value().strip();
        return new RoleRequest(name.value().strip(), text.isEmpty() ? null : text, List.copyOf(scope.value()));
    }

    /** The role was saved as {@code saved}: its draft goes, and the form now starts from what the server holds. */
    void saved(Role saved) {
        draft.forget();
        fill(saved);
    }

    /** Throws the typing away: the form shows the role as it was opened, and its draft goes. */
    void discard(Role opened) {
        draft.forget();
        fill(opened);
    }

    /** Keeps the typing now: the screen is being left. */
    void flush() {
        draft.flush();
    }

    void close() {
        draft.close();
    }

    /** The id of the role on show; {@code null} for a new role. */
    public String roleId() {
        return roleId;
    }

    public boolean isNew() {
        return roleId == null;
    }

    public Form form() {
        return form;
    }

    public FormField<String> name() {
        return name;
    }

    public FormField<String> description() {
        return description;
    }

    public ScopeSelection scopes() {
        return scopes;
    }

    /** Why this role deserves a second look before it is saved; empty when it does not. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty draftNoticeProperty() {
        return draftNotice.getReadOnlyProperty();
    }
}
