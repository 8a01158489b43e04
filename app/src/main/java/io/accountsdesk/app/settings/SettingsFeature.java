package io.accountsdesk.app.settings;

import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.actions.AppAction;
import io.accountsdesk.app.core.nav.ScreenDescriptor;
import io.accountsdesk.app.shell.Feature;
import io.accountsdesk.app.shell.ModelScreen;
import io.accountsdesk.app.shell.Screen;
import io.accountsdesk.app.shell.ScreenRegistration;
import java.util.List;
import org.kordamp.ikonli.feather.Feather;

/** The settings feature: the partner's own account settings. */
public final class SettingsFeature implements Feature {

    @Override
    public List<ScreenRegistration> screens() {
        return List.of(new ScreenRegistration(new ScreenDescriptor(AccountSettingsViewModel.SCREEN, "nav.settings",
                Feather.SETTINGS, "Shortcut+4", true), SettingsFeature::settings));
    }

    static Screen settings(SessionServices services) {
        AccountSettingsViewModel model = new AccountSettingsViewModel(services);
        AccountSettingsView view = new AccountSettingsView(model, services.messages());
        return ModelScreen.of(model, view)
                .withActions(List.of(
                        AppAction.of("settings.save", "settings.save", "Shortcut+S", Feather.CHECK, model::save),
                        AppAction.of("settings.reload", "settings.reload", "F5", Feather.REFRESH_CW, model::reload)))
                .focusing(view::focusFirst);
    }
}
