package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.actions.AppAction;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.shell.Screen;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import org.kordamp.ikonli.feather.Feather;

/** The accounts list as a screen of the shell: its view model, its view, and its keys. */
final class AccountsScreen implements Screen {

    private final AccountListViewModel model;
    private final AccountsView view;
    private final List<AppAction> actions;

    AccountsScreen(SessionServices services) {
        model = new AccountListViewModel(services);
        view = new AccountsView(model, services.messages());
        actions = List.of(
                AppAction.of("accounts.search", "accounts.action.search", "Shortcut+F", Feather.SEARCH,
                        view::focusSearch),
                AppAction.of("accounts.reload", "accounts.reload", "F5", Feather.REFRESH_CW, model::reload),
                AppAction.of("accounts.export", "accounts.export", "Shortcut+E", Feather.DOWNLOAD, model::exportCsv),
                AppAction.of("accounts.saveView", "accounts.view.save", "Shortcut+Shift+S", Feather.BOOKMARK,
                        model::saveView));
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
    public List<AppAction> actions() {
        return actions;
    }

    @Override
    public Readiness readiness() {
        return new Readiness(model.stateProperty(), model.rows());
    }

    @Override
    public void focusDefault() {
        // After the scene has laid the screen out; a node not yet showing cannot take the focus.
        Platform.runLater(view::focusList);
    }

    AccountListViewModel model() {
        return model;
    }
}
