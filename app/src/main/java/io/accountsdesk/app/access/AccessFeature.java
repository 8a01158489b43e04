package io.accountsdesk.app.access;

import io.accountsdesk.app.access.clients.ClientsScreens;
import io.accountsdesk.app.access.me.MyAccountView;
import io.accountsdesk.app.access.me.MyAccountViewModel;
import io.accountsdesk.app.access.roles.RolesScreens;
import io.accountsdesk.app.access.team.TeamView;
import io.accountsdesk.app.access.team.TeamViewModel;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.actions.AppAction;
import io.accountsdesk.app.core.nav.ScreenDescriptor;
import io.accountsdesk.app.shell.Feature;
import io.accountsdesk.app.shell.ModelScreen;
import io.accountsdesk.app.shell.Screen;
import io.accountsdesk.app.shell.ScreenRegistration;
import java.util.ArrayList;
import java.util.List;
import org.kordamp.ikonli.feather.Feather;

/**
 * People and access: My account (the signed-in person's profile, password and second factors) and the Team (who
 * has access, their roles and activity, username/password users, one-time codes). Roles and API clients live in
 * {@code access.roles} and {@code access.clients}, each with its own registrations.
 */
public final class AccessFeature implements Feature {

    @Override
    public List<ScreenRegistration> screens() {
        List<ScreenRegistration> screens = new ArrayList<>();
        screens.add(new ScreenRegistration(new ScreenDescriptor(TeamViewModel.SCREEN, "nav.team", Feather.USER_CHECK,
                "Shortcut+8", true), AccessFeature::team));
        screens.addAll(RolesScreens.registrations());
        screens.addAll(ClientsScreens.registrations());
        // Not in the sidebar: it is one person's, reached from the status bar, the palette and its shortcut.
        screens.add(new ScreenRegistration(new ScreenDescriptor(MyAccountViewModel.SCREEN, "nav.myAccount",
                Feather.USER, "Shortcut+Shift+U", false), AccessFeature::myAccount));
        return List.copyOf(screens);
    }

    @Override
    public void sessionStarted(SessionServices services) {
        RolesScreens.sessionStarted(services);
    }

    static Screen myAccount(SessionServices services) {
        MyAccountViewModel model = new MyAccountViewModel(services);
        MyAccountView view = new MyAccountView(model, services.messages());
        return ModelScreen.of(model, view)
                .withActions(List.of(
                        AppAction.of("me.reload", "me.reload", "F5", Feather.REFRESH_CW, model::reload),
                        AppAction.of("me.password.change", "me.password.submit", "Shortcut+Shift+P", Feather.KEY,
                                model.password()::submit),
                        AppAction.of("me.totp.start", "me.totp.start", "Shortcut+Shift+O", Feather.SMARTPHONE,
                                model.totp()::start)))
                .withReadiness(new Screen.Readiness(model.stateProperty(), model.memberships()))
                .focusing(view::focusFirst);
    }

    static Screen team(SessionServices services) {
        TeamViewModel model = new TeamViewModel(services);
        TeamView view = new TeamView(model, services.messages());
        return ModelScreen.of(model, view)
                .withActions(List.of(
                        AppAction.of("team.reload", "team.reload", "F5", Feather.REFRESH_CW, model::refresh),
                        AppAction.of("team.invite", "team.invite.open", "Shortcut+I", Feather.USER_PLUS,
                                view::focusInvite),
                        AppAction.of("team.remove", "team.remove.action", "Shortcut+Delete", Feather.USER_MINUS,
                                () -> model.remove(model.selectedProperty().get())),
                        AppAction.of("team.code", "team.code.create", "Shortcut+Shift+C", Feather.HASH,
                                model::createVerificationCode),
                        AppAction.of("team.tab.users", "team.tab.users", "Alt+1", Feather.USERS,
                                () -> view.showTab(0)),
                        AppAction.of("team.tab.authUsers", "team.tab.authUsers", "Alt+2", Feather.KEY,
                                () -> view.showTab(1)),
                        AppAction.of("team.tab.redirect", "team.tab.redirect", "Alt+3", Feather.EXTERNAL_LINK,
                                () -> view.showTab(2))))
                .withReadiness(new Screen.Readiness(model.stateProperty(), model.members()))
                .focusing(view::focusTable);
    }
}
