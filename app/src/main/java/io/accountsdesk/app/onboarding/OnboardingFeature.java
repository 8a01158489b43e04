package io.accountsdesk.app.onboarding;

import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.DraftsLeft;
import io.accountsdesk.app.core.actions.AppAction;
import io.accountsdesk.app.core.nav.ScreenDescriptor;
import io.accountsdesk.app.shell.Feature;
import io.accountsdesk.app.shell.ModelScreen;
import io.accountsdesk.app.shell.Screen;
import io.accountsdesk.app.shell.ScreenRegistration;
import java.util.List;
import org.kordamp.ikonli.feather.Feather;

/** The onboarding feature: the applications in progress, and the wizard that creates a sub-account. */
public final class OnboardingFeature implements Feature {

    @Override
    public List<ScreenRegistration> screens() {
        return List.of(
                new ScreenRegistration(new ScreenDescriptor(OnboardingViewModel.SCREEN, "nav.onboarding",
                        Feather.USER_PLUS, "Shortcut+2", true), OnboardingFeature::desk),
                new ScreenRegistration(new ScreenDescriptor(NewAccountWizardViewModel.SCREEN, "nav.newAccount",
                        Feather.PLUS_SQUARE, "Shortcut+Shift+N", false), OnboardingFeature::wizard),
                new ScreenRegistration(new ScreenDescriptor(
                        io.accountsdesk.app.onboarding.bulk.BulkOnboardingViewModel.SCREEN, "nav.bulk",
                        Feather.UPLOAD_CLOUD, "Shortcut+Shift+I", false), OnboardingFeature::bulk));
    }

    /** Applications left in progress (a crash, a closed window, "finish later") are offered back at the start. */
    @Override
    public void sessionStarted(SessionServices services) {
        DraftsLeft.offer(services, List.of(NewAccountWizardViewModel.DRAFT_FORM), left -> services.messages().format(
                "onboarding.drafts.offer", left.size(), DraftsLeft.some(left.stream()
                        .map(draft -> draft.value("company.business_name"))
                        .map(name -> name.isEmpty() ? services.messages().get("onboarding.drafts.untitled") : name)
                        .toList(), 3)), left -> left.size() == 1
                        // One application: straight into the wizard with it; several wait in the desk's list.
                        ? Place.of(NewAccountWizardViewModel.SCREEN, "draft", left.get(0).record())
                        : Place.of(OnboardingViewModel.SCREEN));
    }

    static Screen desk(SessionServices services) {
        OnboardingViewModel model = new OnboardingViewModel(services);
        OnboardingView view = new OnboardingView(model, services.messages());
        return ModelScreen.of(model, view)
                .withActions(List.of(
                        AppAction.of("onboarding.new", "onboarding.list.new", "Shortcut+N", Feather.PLUS,
                                model::newAccount),
                        AppAction.of("onboarding.reload", "onboarding.task.drafts", "F5", Feather.REFRESH_CW,
                                model::refresh)))
                .focusing(view::focusList);
    }

    static Screen bulk(SessionServices services) {
        var model = new io.accountsdesk.app.onboarding.bulk.BulkOnboardingViewModel(services);
        var view = new io.accountsdesk.app.onboarding.bulk.BulkOnboardingView(model, services.messages());
        return ModelScreen.of(model, view)
                .withActions(List.of(
                        AppAction.of("bulk.choose", "bulk.chooseButton", "Shortcut+O", Feather.FOLDER,
                                model::chooseFile),
                        AppAction.of("bulk.send", "bulk.sendButton", null, Feather.SEND, model::send)
                                .enabledWhen(model.canSendProperty())))
                .focusing(view::focusChoose);
    }

    static Screen wizard(SessionServices services) {
        NewAccountWizardViewModel model = new NewAccountWizardViewModel(services);
        NewAccountWizardView view = new NewAccountWizardView(model, services.messages());
        return ModelScreen.of(model, view)
                .withActions(List.of(
                        AppAction.of("newAccount.later", "onboarding.wizard.later", null, Feather.CLOCK,
                                model::finishLater)))
                .focusing(view::focusFirstInput);
    }
}
