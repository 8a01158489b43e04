package io.accountsdesk.app.screening;

import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.actions.AppAction;
import io.accountsdesk.app.core.nav.ScreenDescriptor;
import io.accountsdesk.app.shell.AccountTabContent;
import io.accountsdesk.app.shell.AccountTabRegistration;
import io.accountsdesk.app.shell.Feature;
import io.accountsdesk.app.shell.ModelScreen;
import io.accountsdesk.app.shell.Screen;
import io.accountsdesk.app.shell.ScreenRegistration;
import java.util.List;
import org.kordamp.ikonli.feather.Feather;

/** Screening merchants against MATCH and VMSS: the account's screening tab, and the queue of accounts due for it. */
public final class ScreeningFeature implements Feature {

    @Override
    public List<ScreenRegistration> screens() {
        return List.of(new ScreenRegistration(new ScreenDescriptor(ScreeningQueueViewModel.SCREEN,
                "nav.screeningQueue", Feather.SHIELD, "Shortcut+6", true), ScreeningFeature::queue));
    }

    static Screen queue(SessionServices services) {
        ScreeningQueueViewModel model = new ScreeningQueueViewModel(services);
        ScreeningQueueView view = new ScreeningQueueView(model, services.messages());
        return ModelScreen.of(model, view)
                .withActions(List.of(AppAction.of("screening.queue.refresh", "screening.queue.refresh", "F5",
                        Feather.REFRESH_CW, model::refresh)))
                .withReadiness(new Screen.Readiness(model.stateProperty(), model.rows()))
                .focusing(view::focusTable);
    }

    @Override
    public List<AccountTabRegistration> accountTabs() {
        return List.of(new AccountTabRegistration("screening", (services, page) -> {
            ScreeningTabViewModel model = new ScreeningTabViewModel(services, page);
            ScreeningTabView view = new ScreeningTabView(model, services.messages());
            return AccountTabContent.of(view, model);
        }));
    }
}
