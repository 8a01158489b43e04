package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.actions.AppAction;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.shell.Screen;
import java.util.List;
import javafx.scene.Node;
import org.kordamp.ikonli.feather.Feather;

/** One account's page as a screen of the shell; the place {@code account?id=…&tab=…} says which and where. */
final class AccountPageScreen implements Screen {

    private final AccountPageViewModel model;
    private final AccountPageView view;
    private final List<AppAction> actions;

    AccountPageScreen(SessionServices services) {
        model = new AccountPageViewModel(services);
        view = new AccountPageView(model, services.messages());
        actions = List.of(
                AppAction.of("account.reload", "account.reload", "F5", Feather.REFRESH_CW, model::reload),
                AppAction.of("account.save", "account.action.save", "Shortcut+S", Feather.CHECK, view::reviewDetails),
                AppAction.of("account.note", "account.action.note", "Shortcut+N", Feather.MESSAGE_SQUARE,
                        view::focusNote),
                AppAction.of("account.delete", "account.delete", "Shortcut+Delete", Feather.TRASH_2, model::delete)
                        .enabledWhen(model.accountProperty().isNotNull()));
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void activate(Place place) {
        model.activate(place);
    }

    @Override
    public void dispose() {
        model.dispose();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return model.hasUnsavedChanges();
    }

    @Override
    public void discardChanges() {
        model.discardChanges();
    }

    @Override
    public List<AppAction> actions() {
        return actions;
    }

    @Override
    public void focusDefault() {
        view.focusTabs();
    }

    AccountPageViewModel model() {
        return model;
    }
}
