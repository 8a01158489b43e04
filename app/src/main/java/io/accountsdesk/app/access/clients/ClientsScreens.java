package io.accountsdesk.app.access.clients;

import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.actions.AppAction;
import io.accountsdesk.app.core.nav.ScreenDescriptor;
import io.accountsdesk.app.shell.ModelScreen;
import io.accountsdesk.app.shell.Screen;
import io.accountsdesk.app.shell.ScreenRegistration;
import java.util.List;
import org.kordamp.ikonli.feather.Feather;

/** The API clients screen (clients, grants, signing keys), for the access feature to register. */
public final class ClientsScreens {

    private ClientsScreens() {
    }

    public static List<ScreenRegistration> registrations() {
        return List.of(new ScreenRegistration(new ScreenDescriptor(ApiClientsViewModel.SCREEN,
                "apiClients.nav", Feather.CPU, "Shortcut+9", true), ClientsScreens::clients));
    }

    static Screen clients(SessionServices services) {
        ApiClientsViewModel model = new ApiClientsViewModel(services);
        ApiClientsView view = new ApiClientsView(model, services.messages());
        return ModelScreen.of(model, view)
                .withActions(List.of(
                        AppAction.of("api-clients.new", "apiClients.new", "Shortcut+N", Feather.PLUS,
                                model::startCreate),
                        AppAction.of("api-clients.refresh", "apiClients.refresh", "F5", Feather.REFRESH_CW,
                                model::reload)))
                .withReadiness(new Screen.Readiness(model.stateProperty(), model.clients()))
                .focusing(view::focusTable);
    }
}
