package io.accountsdesk.app.approvals;

import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.DraftsLeft;
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

/** Approvals and due diligence: the account's Approvals tab, and the review queue across sub-accounts. */
public final class ApprovalsFeature implements Feature {

    /** The account page's tab, also the {@code tab} parameter of the account's place. */
    public static final String TAB = "approvals";

    @Override
    public List<ScreenRegistration> screens() {
        return List.of(new ScreenRegistration(new ScreenDescriptor(ReviewQueueViewModel.SCREEN, "approvals.nav.queue",
                Feather.INBOX, "Shortcut+7", true), ApprovalsFeature::queue));
    }

    /** Approvals forms left unsent (a crash, a closed tab) are told of at the start: each is found on its account. */
    @Override
    public void sessionStarted(SessionServices services) {
        DraftsLeft.offer(services, List.of(PaymentApplicationForm.DRAFT, SellerForm.DRAFT, CddCaseForm.DRAFT),
                left -> services.messages().format("approvals.drafts.offer", left.size(),
                        DraftsLeft.some(left.stream().map(DraftsLeft.Left::record).toList(), 3)),
                left -> Place.of("account", "id", left.get(0).record(), "tab", TAB, "item",
                        io.accountsdesk.app.core.AccountPageContext.draftItem(left.get(0).form())));
    }

    @Override
    public List<AccountTabRegistration> accountTabs() {
        return List.of(new AccountTabRegistration(TAB, (services, page) -> {
            ApprovalsTabViewModel model = new ApprovalsTabViewModel(services, page);
            ApprovalsTabView view = new ApprovalsTabView(model, services.messages());
            return AccountTabContent.of(view, model);
        }));
    }

    static Screen queue(SessionServices services) {
        ReviewQueueViewModel model = new ReviewQueueViewModel(services);
        ReviewQueueView view = new ReviewQueueView(model, services.messages());
        return ModelScreen.of(model, view)
                .withActions(List.of(
                        AppAction.of("queue.refresh", "approvals.refresh", "F5", Feather.REFRESH_CW, model::refresh),
                        AppAction.of("queue.export", "approvals.queue.export", "Shortcut+E", Feather.DOWNLOAD,
                                model::exportCsv)))
                .withReadiness(new Screen.Readiness(model.stateProperty(), model.rows()))
                .focusing(view::focusTable);
    }
}
