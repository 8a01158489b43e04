package io.accountsdesk.app.access.roles;

import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.DraftsLeft;
import io.accountsdesk.app.core.actions.AppAction;
import io.accountsdesk.app.core.nav.ScreenDescriptor;
import io.accountsdesk.app.shell.ModelScreen;
import io.accountsdesk.app.shell.Screen;
import io.accountsdesk.app.shell.ScreenRegistration;
import java.util.List;
import org.kordamp.ikonli.feather.Feather;

/** The roles screen, for the access feature to register. */
public final class RolesScreens {

    private RolesScreens() {
    }

    public static List<ScreenRegistration> registrations() {
        return List.of(new ScreenRegistration(new ScreenDescriptor(RolesViewModel.SCREEN, "roles.nav",
                Feather.SHIELD, "Shortcut+Shift+R", true), RolesScreens::roles));
    }

    /** Roles left with unsaved typing are told of at the start: each comes back when it opens (a new one: New role). */
    public static void sessionStarted(SessionServices services) {
        var messages = services.messages();
        DraftsLeft.offer(services, List.of(RoleEditor.DRAFT_FORM), left -> messages.format("roles.drafts.offer",
                left.size(), DraftsLeft.some(left.stream().map(draft -> !draft.value("name").isEmpty()
                        ? draft.value("name") : RoleEditor.NEW.equals(draft.record()) ? messages.get("roles.new")
                        : draft.record()).toList(), 3)), left -> RolesViewModel.placeOf(left.get(0).record()));
    }

    static Screen roles(SessionServices services) {
        RolesViewModel model = new RolesViewModel(services);
        RolesView view = new RolesView(model, services.messages());
        return ModelScreen.of(model, view)
                .withActions(List.of(
                        AppAction.of("roles.new", "roles.new", "Shortcut+N", Feather.PLUS, model::newRole),
                        AppAction.of("roles.save", "roles.save", "Shortcut+S", Feather.CHECK, model::save),
                        AppAction.of("roles.refresh", "roles.refresh", "F5", Feather.REFRESH_CW, model::reload)))
                .withReadiness(new Screen.Readiness(model.stateProperty(), model.rows()))
                .focusing(view::focusFilter);
    }
}
