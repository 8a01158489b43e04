package io.accountsdesk.app.connections;

import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.actions.AppAction;
import io.accountsdesk.app.core.nav.ScreenDescriptor;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.DraftsLeft;
import io.accountsdesk.app.shell.AccountTabContent;
import io.accountsdesk.app.shell.AccountTabRegistration;
import io.accountsdesk.app.shell.Feature;
import io.accountsdesk.app.shell.ModelScreen;
import io.accountsdesk.app.shell.Screen;
import io.accountsdesk.app.shell.ScreenRegistration;
import java.util.List;
import org.kordamp.ikonli.feather.Feather;

/** The connections feature: the account's connections tab, and the board of connections that wait. */
public final class ConnectionsFeature implements Feature {

    @Override
    public List<ScreenRegistration> screens() {
        return List.of(new ScreenRegistration(new ScreenDescriptor(ConnectionsBoardViewModel.SCREEN, "nav.board",
                Feather.ACTIVITY, "Shortcut+3", true), ConnectionsFeature::board));
    }

    /** Connection forms left unsent (a crash, a closed tab) are told of at the start: each is found on its account. */
    @Override
    public void sessionStarted(SessionServices services) {
        DraftsLeft.offer(services, List.of(ConnectionFormViewModel.DRAFT_FORM), left -> services.messages().format(
                "connections.drafts.offer", left.size(), DraftsLeft.some(left.stream().map(draft -> {
                    String[] accountAndOperation = draft.record().split("/", 2);
                    return accountAndOperation[0] + ": " + (accountAndOperation.length < 2 ? ""
                            : ConnectionOperations.find(accountAndOperation[1])
                            .map(operation -> ConnectionsTabViewModel.labelOf(services.messages(), operation))
                            .orElse(accountAndOperation[1]));
                }).toList(), 3)), left -> {
                    String[] accountAndOperation = left.get(0).record().split("/", 2);
                    return accountAndOperation.length < 2
                            ? Place.of("account", "id", accountAndOperation[0], "tab", "connections")
                            : Place.of("account", "id", accountAndOperation[0], "tab", "connections", "item",
                                    io.accountsdesk.app.core.AccountPageContext.draftItem(accountAndOperation[1]));
                });
    }

    @Override
    public List<AccountTabRegistration> accountTabs() {
        return List.of(new AccountTabRegistration("connections", (services, page) -> {
            ConnectionsTabViewModel model = new ConnectionsTabViewModel(services, page);
            ConnectionsTabView view = new ConnectionsTabView(model, services.messages());
            return AccountTabContent.of(view, model);
        }));
    }

    static Screen board(SessionServices services) {
        ConnectionsBoardViewModel model = new ConnectionsBoardViewModel(services);
        ConnectionsBoardView view = new ConnectionsBoardView(model, services.messages());
        return ModelScreen.of(model, view)
                .withActions(List.of(
                        AppAction.of("board.refresh", "connections.refresh", "F5", Feather.REFRESH_CW, model::refresh),
                        AppAction.of("board.export", "board.export", "Shortcut+E", Feather.DOWNLOAD, model::exportCsv)))
                .withReadiness(new Screen.Readiness(model.stateProperty(), model.rows()))
                .focusing(view::focusTable);
    }
}
