package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.nav.ScreenDescriptor;
import io.accountsdesk.app.shell.Feature;
import io.accountsdesk.app.shell.ScreenRegistration;
import java.util.List;
import org.kordamp.ikonli.feather.Feather;

/** The accounts feature: the list of sub-accounts, and one account's page. */
public final class AccountsFeature implements Feature {

    @Override
    public List<ScreenRegistration> screens() {
        return List.of(
                new ScreenRegistration(new ScreenDescriptor("accounts", "nav.accounts", Feather.USERS,
                        "Shortcut+1", true), AccountsScreen::new),
                new ScreenRegistration(new ScreenDescriptor("account", "nav.account", Feather.BRIEFCASE, null,
                        false), AccountPageScreen::new));
    }
}
