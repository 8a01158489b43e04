package io.accountsdesk.app.accounts;

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

/** The accounts feature: the list of sub-accounts, and one account's page, with their keys. */
public final class AccountsFeature implements Feature {

    private final List<AccountTabRegistration> tabs;

    public AccountsFeature() {
        this(List.of());
    }

    /** @param tabs the tabs other features add to the account's page */
    public AccountsFeature(List<AccountTabRegistration> tabs) {
        this.tabs = List.copyOf(tabs);
    }

    @Override
    public List<ScreenRegistration> screens() {
        return List.of(
                new ScreenRegistration(new ScreenDescriptor("accounts", "nav.accounts", Feather.USERS,
                        "Shortcut+1", true), AccountsFeature::list),
                new ScreenRegistration(new ScreenDescriptor("account", "nav.account", Feather.BRIEFCASE, null,
                        false), this::page));
    }

    static Screen list(SessionServices services) {
        AccountListViewModel model = new AccountListViewModel(services);
        AccountsView view = new AccountsView(model, services.messages());
        return ModelScreen.of(model, view)
                .withActions(List.of(
                        AppAction.of("accounts.search", "accounts.action.search", "Shortcut+F", Feather.SEARCH,
                                view::focusSearch),
                        AppAction.of("accounts.reload", "action.accounts.reload", "F5", Feather.REFRESH_CW, model::reload),
                        AppAction.of("accounts.export", "accounts.export", "Shortcut+E", Feather.DOWNLOAD,
                                model::exportCsv),
                        AppAction.of("accounts.saveView", "accounts.view.save", "Shortcut+Shift+S", Feather.BOOKMARK,
                                model::saveView)))
                .withReadiness(new Screen.Readiness(model.stateProperty(), model.rows()))
                .focusing(view::focusList);
    }

    Screen page(SessionServices services) {
        AccountPageViewModel model = new AccountPageViewModel(services);
        java.util.Map<AccountTab, java.util.function.Supplier<AccountTabContent>> contributed =
                new java.util.EnumMap<>(AccountTab.class);
        tabs.forEach(tab -> contributed.put(AccountTab.of(tab.tab()), () -> {
            AccountTabContent content = tab.factory().apply(services, model);
            model.onDispose(content::dispose);
            return content;
        }));
        AccountPageView view = new AccountPageView(model, services.messages(), contributed);
        return ModelScreen.of(model, view)
                .withActions(List.of(
                        AppAction.of("account.reload", "action.account.reload", "F5", Feather.REFRESH_CW, model::reload),
                        AppAction.of("account.save", "account.action.save", "Shortcut+S", Feather.CHECK,
                                model::save),
                        AppAction.of("account.note", "account.action.note", "Shortcut+N", Feather.MESSAGE_SQUARE,
                                view::focusNote),
                        AppAction.of("account.delete", "account.delete", "Shortcut+Delete", Feather.TRASH_2,
                                model::delete).enabledWhen(model.accountProperty().isNotNull())))
                .focusing(view::focusTabs);
    }
}
