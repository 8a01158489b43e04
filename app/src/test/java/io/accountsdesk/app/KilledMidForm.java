package io.accountsdesk.app;

import io.accountsdesk.app.core.forms.DraftStore;
import java.util.List;
import org.testfx.api.FxRobot;

/**
 * The app in a process of its own for {@link FormDraftSurvivesKillAppTest}: it opens one {@link KilledForm}, types
 * into it as a user would, says which draft holds the typing once it is on disk, and then waits to be killed.
 *
 * <pre>java … io.accountsdesk.app.KilledMidForm SCENARIO SANDBOX_DIR CONFIG_DIR</pre>
 */
public final class KilledMidForm {

    /** Printed once the typing is on disk, then the account the form is about and the draft's key. */
    static final String KEPT = "kept ";

    private KilledMidForm() {
    }

    public static void main(String[] args) throws Exception {
        KilledForm form = KilledForm.valueOf(args[0]);
        AccountsDeskApp app = AppUnderTest.launch(List.of(
                "--sandbox-data-dir", args[1],
                "--sandbox-accounts", "5",
                "--config-dir", args[2],
                "--lang", "en",
                "--theme", "light"), null);
        FormSteps steps = new FormSteps(new FxRobot(), () -> app);
        String account = steps.aTestAccount();
        form.open(steps, account);
        form.type(steps);
        // Written after the last input: an earlier write may hold the texts but not a box ticked last (a busy
        // machine once killed the role form between the two, and its tick was rightly not back).
        java.time.Instant typed = java.time.Instant.now().minusMillis(200);

        DraftStore drafts = app.workspace().services().drafts();
        String[] kept = new String[1];
        // Read off the UI thread, as the app reads its drafts; the config folder is this run's alone.
        AppUnderTest.waitForServer("the typing is kept on disk", () -> {
            kept[0] = drafts.list("").stream()
                    .filter(draft -> !draft.savedAt().isBefore(typed))
                    .filter(draft -> form.kept().stream().allMatch(text -> draft.values().toString().contains(text)))
                    .map(DraftStore.Draft::key).findFirst().orElse(null);
            return kept[0] != null;
        });
        System.out.println(KEPT + account + " " + kept[0]);
        System.out.flush();
        // Waits to be killed; should the test itself die first, this process goes too rather than linger.
        Thread.sleep(java.time.Duration.ofMinutes(5));
        System.exit(3);
    }
}
