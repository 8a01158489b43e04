package io.accountsdesk.app.access.team;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.LostAnswer;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenModel;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.roles.RoleQuery;
import io.accountsdesk.client.users.AccountUser;
import io.accountsdesk.client.users.AccountUserUpdate;
import io.accountsdesk.client.users.MfaStatus;
import io.accountsdesk.client.users.NewAccountUser;
import io.accountsdesk.client.users.UserRole;
import io.accountsdesk.ui.ContentState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The team: everyone with access to the account ({@code /accounts/{oid}/management/users}, rows 83-87) with their
 * roles and when they were last seen, inviting with a role, changing the role, removing; the selected person's
 * activity log; a one-time sign-in code for them (row 3); and, beside, the account's username/password users
 * ({@link AuthUsersModel}) and the ID-token redirect ({@link IdTokenRedirect}).
 */
public final class TeamViewModel implements ScreenModel {

    public static final String SCREEN = "team";

    private final SessionServices services;
    private final Messages messages;
    private final InviteForm invite;
    /** An invitation failed in a way that may have invited the person: the next one looks for them first. */
    private boolean inviteAnswerLost;
    private final AuthUsersModel authUsers;
    private final IdTokenRedirect redirect;
    private final ActivityLog activity;
    private final OneTimeCode code;
    private final ObservableList<TeamMember> members = FXCollections.observableArrayList();
    private final ObservableList<RoleChoice> roles = FXCollections.observableArrayList();
    private final ObjectProperty<TeamMember> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyObjectWrapper<ContentState> activityState = new ReadOnlyObjectWrapper<>(this,
            "activityState", ContentState.EMPTY);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Cancellable loading = Cancellable.NONE;
    private Cancellable activityLoading = Cancellable.NONE;
    private boolean loaded;

    public TeamViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        this.invite = new InviteForm(messages);
        this.authUsers = new AuthUsersModel(services);
        this.redirect = new IdTokenRedirect(services);
        this.activity = new ActivityLog(services.clock().getZone());
        this.code = new OneTimeCode(services);
        selected.addListener((obs, old, now) -> {
            if (old != null && now != null && Objects.equals(old.id(), now.id())) {
                return;
            }
            code.clear();
            loadActivity(now);
        });
    }

    @Override
    public void activate(Place place) {
        if (!loaded) {
            refresh();
        }
    }

    /** Leaving drops the shown-once results and any typed password. */
    @Override
    public void deactivate() {
        code.clear();
        redirect.clear();
        authUsers.clearSecrets();
    }

    @Override
    public void dispose() {
        loading.cancel();
        activityLoading.cancel();
        deactivate();
    }

    /** Reads the team and the roles that can be given. */
    public void refresh() {
        loading.cancel();
        error.set("");
        if (!loaded) {
            state.set(ContentState.LOADING);
        }
        record Read(List<AccountUser> users, List<RoleChoice> roles) {
        }
        loading = services.tasks().run(BackgroundTask.of(messages.get("team.task.load"), task -> {
                    var api = services.api(task);
                    List<AccountUser> users = api.users().list(true);
                    List<RoleChoice> choices;
                    try (var stream = api.roles().stream(RoleQuery.all().withLimit(RoleQuery.MAX_LIMIT),
                            task.cancellation())) {
                        choices = stream.filter(r -> r.deletedAt() == null).map(RoleChoice::of).toList();
                    }
                    return new Read(users, choices);
                })
                .onSuccess(read -> {
                    loaded = true;
                    roles.setAll(read.roles().stream().sorted(Comparator.comparing(RoleChoice::name,
                            String.CASE_INSENSITIVE_ORDER)).toList());
                    String keep = selected.get() == null ? null : selected.get().id();
                    members.setAll(read.users().stream().filter(u -> !u.deleted()).map(this::member)
                            .sorted(Comparator.comparing(TeamMember::display, String.CASE_INSENSITIVE_ORDER))
                            .toList());
                    selected.set(members.stream().filter(m -> m.id().equals(keep)).findFirst().orElse(null));
                    state.set(members.isEmpty() ? ContentState.EMPTY : ContentState.READY);
                })
                .onFailure(failure -> {
                    error.set(messages.format("team.error.load", services.errors().describe(failure)));
                    if (!loaded) {
                        state.set(ContentState.ERROR);
                    }
                }));
    }

    private TeamMember member(AccountUser user) {
        MfaStatus mfa = user.configuration() == null ? null : user.configuration().mfa();
        List<String> factors = new ArrayList<>();
        if (mfa != null && mfa.sms() != null && Boolean.TRUE.equals(mfa.sms().enabled())) {
            factors.add(messages.get("team.mfa.sms"));
        }
        if (mfa != null && mfa.totp() != null && Boolean.TRUE.equals(mfa.totp().enabled())) {
            factors.add(messages.get("team.mfa.totp"));
        }
        TeamMember member = TeamMember.of(user, factors.isEmpty() ? messages.get("team.mfa.none")
                : String.join(", ", factors));
        if (member.roles().isEmpty() && user.scope() != null && !user.scope().isEmpty()) {
            // Access granted scope by scope, not through a role: say so rather than show nothing.
            return member.withRoles(messages.format("team.directScopes", user.scope().size()));
        }
        return member;
    }

    private void loadActivity(TeamMember member) {
        activityLoading.cancel();
        activity.clear();
        if (member == null) {
            activityState.set(ContentState.EMPTY);
            return;
        }
        activityState.set(ContentState.LOADING);
        activityLoading = services.tasks().run(messages.format("team.task.activity", member.display()),
                task -> services.api(task).users().activities(member.id()),
                entries -> {
                    activity.show(entries);
                    activityState.set(entries.isEmpty() ? ContentState.EMPTY : ContentState.READY);
                },
                failure -> {
                    error.set(messages.format("team.error.activity", member.display(),
                            services.errors().describe(failure)));
                    activityState.set(ContentState.ERROR);
                });
    }

    /** Invites the person typed in the invite form with the role chosen. */
    public void sendInvite() {
        if (!invite.form().validateAll() || invite.form().busyProperty().get()) {
            return;
        }
        NewAccountUser user = invite.request();
        invite.form().busyProperty().set(true);
        boolean lookFirst = inviteAnswerLost;
        services.tasks().run(BackgroundTask.of(messages.format("team.task.invite", user.email()), task -> {
                    var users = services.api(task).users();
                    if (lookFirst) {
                        // The last invitation's answer was lost and it may have arrived: pressing again must not
                        // end in "already has access" for the person it did invite.
                        Optional<AccountUser> there = users.list(true).stream()
                                .filter(u -> user.email().equalsIgnoreCase(u.email())).findFirst();
                        if (there.isPresent()) {
                            return there.get();
                        }
                    }
                    return users.create(user, true);
                })
                .onSuccess(made -> {
                    inviteAnswerLost = false;
                    invite.clear();
                    TeamMember member = member(made);
                    members.removeIf(m -> m.id().equals(member.id()));
                    members.add(member);
                    state.set(ContentState.READY);
                    selected.set(member);
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                            messages.format("team.invited", user.email()));
                })
                .onFailure(failure -> {
                    inviteAnswerLost = inviteAnswerLost || LostAnswer.mayHaveMade(failure);
                    invite.form().showServerErrors(failure);
                })
                .onFinished(() -> invite.form().busyProperty().set(false)));
    }

    /** Gives {@code member} the role {@code roleId} in place of the roles they have. */
    public void changeRole(TeamMember member, String roleId) {
        if (member == null || roleId == null || roleId.isBlank() || member.roleIds().equals(List.of(roleId))) {
            return;
        }
        message.set("");
        AccountUserUpdate update = new AccountUserUpdate(null, null, List.of(new UserRole.Ref(roleId)), null);
        services.tasks().run(BackgroundTask.of(messages.format("team.task.role", member.display()),
                        task -> services.api(task).users().update(member.id(), update, true))
                .onSuccess(saved -> {
                    replace(member(saved));
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                            messages.format("team.roleChanged", member.display(), roleName(roleId)));
                })
                .onFailure(failure -> message.set(messages.format("team.error.role", member.display(),
                        services.errors().describe(failure)))));
    }

    private void replace(TeamMember member) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).id().equals(member.id())) {
                members.set(i, member);
            }
        }
        if (selected.get() != null && selected.get().id().equals(member.id())) {
            selected.set(member);
        }
    }

    private String roleName(String roleId) {
        return roles.stream().filter(r -> r.id().equals(roleId)).map(RoleChoice::name).findFirst().orElse(roleId);
    }

    /** Removes {@code member}'s access, after the user confirms (typing their e-mail address in production). */
    public void remove(TeamMember member) {
        if (member == null) {
            return;
        }
        // Removing oneself ends one's own access at once: the question says so.
        boolean yourself = services.session().person().map(p -> p.username().equalsIgnoreCase(member.email()))
                .orElse(false);
        if (!services.confirmDestructive(messages.get("team.remove.title"),
                messages.format(yourself ? "team.remove.yourself" : "team.remove.message", member.display(),
                        services.session().partnerId()),
                member.email().isBlank() ? member.id() : member.email(), messages.get("team.remove.confirm"))) {
            return;
        }
        message.set("");
        services.tasks().run(BackgroundTask.of(messages.format("team.task.remove", member.display()),
                        task -> services.api(task).users().delete(member.id(), false))
                .onSuccess(gone -> {
                    members.removeIf(m -> m.id().equals(member.id()));
                    if (selected.get() != null && selected.get().id().equals(member.id())) {
                        selected.set(null);
                    }
                    if (members.isEmpty()) {
                        state.set(ContentState.EMPTY);
                    }
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                            messages.format("team.removed", member.display()));
                })
                .onFailure(failure -> message.set(messages.format("team.error.remove", member.display(),
                        services.errors().describe(failure)))));
    }

    /** Makes a one-time sign-in code for the selected person, shown once (see {@link OneTimeCode}). */
    public void createVerificationCode() {
        TeamMember member = selected.get();
        if (member != null) {
            message.set("");
            code.create(member, message::set);
        }
    }

    /** The role the member has when it is one role, for the role choice. */
    public Optional<RoleChoice> roleOf(TeamMember member) {
        if (member == null || member.roleIds().size() != 1) {
            return Optional.empty();
        }
        return roles.stream().filter(r -> r.id().equals(member.roleIds().get(0))).findFirst();
    }

    public ObservableList<TeamMember> members() {
        return members;
    }

    public ObservableList<RoleChoice> roles() {
        return roles;
    }

    public ObjectProperty<TeamMember> selectedProperty() {
        return selected;
    }

    public InviteForm invite() {
        return invite;
    }

    public AuthUsersModel authUsers() {
        return authUsers;
    }

    public IdTokenRedirect redirect() {
        return redirect;
    }

    public ActivityLog activity() {
        return activity;
    }

    public ReadOnlyObjectProperty<ContentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ContentState> activityStateProperty() {
        return activityState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last action on a member said when it failed; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The one-time sign-in code of the selected person, while it shows. */
    public OneTimeCode code() {
        return code;
    }

}
