package io.accountsdesk.app.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.ManualScheduler;
import io.accountsdesk.app.core.forms.DraftStore;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.ui.ContentState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The onboarding desk lists the applications in progress, and resumes, duplicates and discards them. */
class OnboardingViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(5);

    @TempDir
    Path configDir;

    @Test
    void listsWhatWasTypedNewestFirstAndActsOnIt() {
        ManualScheduler scheduler = new ManualScheduler();
        TestServices services = TestServices.of(sandbox.session(), configDir, scheduler);
        OnboardingViewModel desk = new OnboardingViewModel(services.services);
        desk.activate(Place.of("onboarding"));
        assertThat(desk.stateProperty().get()).isEqualTo(ContentState.EMPTY);
        assertThat(desk.messageProperty().get()).startsWith("No applications in progress");

        NewAccountWizardViewModel wizard = new NewAccountWizardViewModel(services.services);
        wizard.activate(Place.of("new-account"));
        wizard.application().businessName.set("Listed Café AS");
        wizard.application().organizationNumber.set("912345678");
        wizard.application().firstName.set("Kari");
        scheduler.runDue();
        String listed = wizard.draftId();
        // An older application, and one of another partner that must not show.
        String prefix = services.services.draftKey(NewAccountWizardViewModel.DRAFT_FORM, "");
        services.drafts.save(new DraftStore.Draft(prefix + "older", Instant.now().minusSeconds(7200),
                Map.of("company.business_name", "Older Shop AS")));
        services.drafts.save(new DraftStore.Draft("P999/new-account/elsewhere", Instant.now(),
                Map.of("company.business_name", "Not ours")));

        desk.refresh();
        assertThat(desk.stateProperty().get()).isEqualTo(ContentState.READY);
        assertThat(desk.rows()).extracting(OnboardingViewModel.DraftRow::title)
                .containsExactly("Listed Café AS", "Older Shop AS");
        OnboardingViewModel.DraftRow first = desk.rows().get(0);
        assertThat(first.id()).isEqualTo(listed);
        assertThat(first.detail()).contains("912345678", "Kari");
        assertThat(desk.rows().get(1).age()).isEqualTo("2 h ago");

        desk.resume(first);
        assertThat(services.navigator.current()).isEqualTo(Place.of("new-account", "draft", listed));

        desk.duplicate(first);
        Place copy = services.navigator.current();
        assertThat(copy.param("draft")).isNotEqualTo(listed);
        NewAccountWizardViewModel copied = new NewAccountWizardViewModel(services.services);
        copied.activate(copy);
        assertThat(copied.application().businessName.value()).isEqualTo("Listed Café AS");

        services.dialogs.confirmAnswer = false;
        desk.discard(desk.rows().get(desk.rows().size() - 1));
        desk.refresh();
        assertThat(desk.rows()).as("a no keeps it").hasSize(3);
        services.dialogs.confirmAnswer = true;
        desk.discard(desk.rows().stream().filter(r -> r.title().equals("Older Shop AS")).findFirst().orElseThrow());
        assertThat(desk.rows()).extracting(OnboardingViewModel.DraftRow::title)
                .containsExactly("Listed Café AS", "Listed Café AS");
    }

    @Test
    void theNextSessionOffersTheApplicationsLeftInProgress() {
        TestServices services = TestServices.of(sandbox.session(), configDir, new ManualScheduler());
        new OnboardingFeature().sessionStarted(services.services);
        assertThat(services.dialogs.notices()).as("nothing to offer").isEmpty();

        String prefix = services.services.draftKey(NewAccountWizardViewModel.DRAFT_FORM, "");
        services.drafts.save(new DraftStore.Draft(prefix + "left", Instant.now(),
                Map.of("company.business_name", "Left Behind AS")));
        new OnboardingFeature().sessionStarted(services.services);
        assertThat(services.dialogs.notices()).singleElement().asString()
                .contains("One application is still in progress", "Left Behind AS", "Onboarding");
        // Its Open button goes into the wizard with the application.
        services.dialogs.noticeActions.get(services.dialogs.notices().get(0)).run();
        assertThat(services.navigator.currentProperty().get())
                .isEqualTo(Place.of(NewAccountWizardViewModel.SCREEN, "draft", "left"));

        services.drafts.save(new DraftStore.Draft(prefix + "another", Instant.now(),
                Map.of("company.business_name", "Also Left AS")));
        new OnboardingFeature().sessionStarted(services.services);
        services.dialogs.noticeActions.get(services.dialogs.notices().get(1)).run();
        assertThat(services.navigator.currentProperty().get()).as("several wait in the desk's list")
                .isEqualTo(Place.of(OnboardingViewModel.SCREEN));
    }
}
