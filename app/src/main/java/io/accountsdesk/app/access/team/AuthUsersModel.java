package io.accountsdesk.app.access.team;

import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.authusers.AuthUser;
import io.accountsdesk.client.authusers.AuthUserUpdate;
import io.accountsdesk.client.authusers.NewAuthUser;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Username/password users of the account ({@code /accounts/{aid}/auth/users}, rows 22-25): create one, set a new
 * password and second factor, rename, delete. The API has no way to list them, so the user names the one to act on
 * (or picks one this session made or changed, from the table).
 */
public final class AuthUsersModel {

    private final SessionServices services;
    private final Messages messages;
    private final Form createForm;
    private final FormField<String> username;
    private final AuthUserFields created;
    private final Form changeForm;
    private final FormField<String> target;
    private final AuthUserFields changed;
    private final Form renameForm;
    private final FormField<String> newUsername;
    private final ObservableList<AuthUserRow> known = FXCollections.observableArrayList();

    AuthUsersModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        Validators validators = new Validators(messages);
        createForm = Form.forNew(messages);
        username = createForm.add(FormField.text("username", messages.get("authUsers.username"), ""))
                .validatedBy(validators.required(), validators.maxLength(255));
        created = new AuthUserFields(messages, createForm);
        changeForm = Form.forNew(messages);
        target = changeForm.add(FormField.text("target", messages.get("authUsers.target"), ""))
                .validatedBy(validators.required(), validators.maxLength(255));
        changed = new AuthUserFields(messages, changeForm);
        renameForm = Form.forNew(messages);
        newUsername = renameForm.add(FormField.text("username", messages.get("authUsers.newUsername"), ""))
                .validatedBy(validators.required(), validators.maxLength(255));
    }

    private String aid() {
        return services.session().partnerId();
    }

    /** Creates the user typed in the create form. */
    public void create() {
        if (!created.ready() || createForm.busyProperty().get()) {
            return;
        }
        NewAuthUser user = new NewAuthUser(username.value().strip(), created.links(),
                created.mfa(), created.takePassword());
        send(createForm, messages.format("authUsers.task.create", user.username()),
                api -> api.create(aid(), user), saved -> {
                    username.reset("");
                    created.clear();
                    notice("authUsers.created", saved.username());
                });
    }

    /** Sets the new password, links and second factor of the user named in the change form. */
    public void update() {
        boolean named = target.validProperty().get();
        target.reveal();
        if (!changed.ready() || !named || changeForm.busyProperty().get()) {
            return;
        }
        String who = target.value().strip();
        AuthUserUpdate update = new AuthUserUpdate(changed.takePassword(), changed.links(), changed.mfa());
        send(changeForm, messages.format("authUsers.task.update", who), api -> api.update(aid(), who, update),
                saved -> {
                    changed.clear();
                    notice("authUsers.updated", saved.username());
                });
    }

    /** Renames the user named in the change form to the name typed in the rename form. */
    public void rename() {
        target.reveal();
        newUsername.reveal();
        if (!target.validProperty().get() || !newUsername.validProperty().get() || renameForm.busyProperty().get()) {
            return;
        }
        String from = target.value().strip();
        String to = newUsername.value().strip();
        send(renameForm, messages.format("authUsers.task.rename", from),
                api -> api.changeUsername(aid(), from, to), saved -> {
                    known.removeIf(row -> row.username().equals(from));
                    target.reset(saved.username());
                    newUsername.reset("");
                    notice("authUsers.renamed", saved.username());
                });
    }

    /** Deletes the user named in the change form, after the user confirms (typing the username in production). */
    public void delete() {
        target.reveal();
        if (!target.validProperty().get()) {
            return;
        }
        String who = target.value().strip();
        if (!services.confirmDestructive(messages.get("authUsers.delete.title"),
                messages.format("authUsers.delete.message", who), who, messages.get("authUsers.delete.confirm"))) {
            return;
        }
        changeForm.busyProperty().set(true);
        services.tasks().run(BackgroundTask.of(messages.format("authUsers.task.delete", who),
                        task -> services.api(task).authUsers().delete(aid(), who))
                .onSuccess(gone -> {
                    known.removeIf(row -> row.username().equals(who));
                    target.reset("");
                    notice("authUsers.deleted", who);
                })
                .onFailure(changeForm::showServerErrors)
                .onFinished(() -> changeForm.busyProperty().set(false)));
    }

    /** Names {@code row}'s user in the change form. */
    public void pick(AuthUserRow row) {
        if (row != null) {
            target.set(row.username());
        }
    }

    private interface Call {
        AuthUser send(io.accountsdesk.client.authusers.AuthUsersApi api);
    }

    private void send(Form form, String title, Call call, java.util.function.Consumer<AuthUser> done) {
        form.busyProperty().set(true);
        form.clearFormError();
        services.tasks().run(BackgroundTask.of(title, task -> call.send(services.api(task).authUsers()))
                .onSuccess(saved -> {
                    remember(saved);
                    done.accept(saved);
                })
                .onFailure(form::showServerErrors)
                .onFinished(() -> form.busyProperty().set(false)));
    }

    private void remember(AuthUser user) {
        AuthUserRow row = AuthUserRow.of(user);
        known.removeIf(r -> r.username().equals(row.username()) || r.id() != null && r.id().equals(row.id()));
        known.add(0, row);
    }

    private void notice(String key, String who) {
        services.dialogs().notify(DialogService.NoticeKind.SUCCESS, messages.format(key, who));
    }

    /** Empties every password field (the user left the screen). */
    void clearSecrets() {
        created.takePassword();
        changed.takePassword();
    }

    public Form createForm() {
        return createForm;
    }

    public FormField<String> username() {
        return username;
    }

    public AuthUserFields created() {
        return created;
    }

    public Form changeForm() {
        return changeForm;
    }

    /** The username the change, rename and delete act on. */
    public FormField<String> target() {
        return target;
    }

    public AuthUserFields changed() {
        return changed;
    }

    public Form renameForm() {
        return renameForm;
    }

    public FormField<String> newUsername() {
        return newUsername;
    }

    /** The users this session made or changed, newest first. */
    public ObservableList<AuthUserRow> known() {
        return known;
    }
}
