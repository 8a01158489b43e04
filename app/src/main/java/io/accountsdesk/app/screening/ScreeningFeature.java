package io.accountsdesk.app.screening;

import io.accountsdesk.app.shell.AccountTabContent;
import io.accountsdesk.app.shell.AccountTabRegistration;
import io.accountsdesk.app.shell.Feature;
import io.accountsdesk.app.shell.ScreenRegistration;
import java.util.List;
import javafx.scene.Node;

/** Screening merchants against MATCH and VMSS: the account's screening tab. */
public final class ScreeningFeature implements Feature {

    @Override
    public List<ScreenRegistration> screens() {
        return List.of();
    }

    @Override
    public List<AccountTabRegistration> accountTabs() {
        return List.of(new AccountTabRegistration("screening", (services, page) -> {
            ScreeningTabViewModel model = new ScreeningTabViewModel(services, page);
            ScreeningTabView view = new ScreeningTabView(model, services.messages());
            return new AccountTabContent() {
                @Override
                public Node view() {
                    return view;
                }

                @Override
                public void shown() {
                    model.shown();
                }

                @Override
                public void hidden() {
                    model.hidden();
                }

                @Override
                public void dispose() {
                    model.dispose();
                }
            };
        }));
    }
}
