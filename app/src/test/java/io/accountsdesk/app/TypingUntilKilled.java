package io.accountsdesk.app;

import io.accountsdesk.app.core.forms.DraftStore;
import java.util.List;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;

/**
 * The app in a process of its own for {@link DraftSurvivesKillAppTest}: it opens the create-account wizard, types
 * into it as a user would, says so once the typing is on disk, and then waits to be killed.
 *
 * <pre>java … io.accountsdesk.app.TypingUntilKilled SANDBOX_DIR CONFIG_DIR BUSINESS_NAME</pre>
 */
public final class TypingUntilKilled {

    static final String TYPED = "typed draft=";

    private TypingUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        AccountsDeskApp app = AppUnderTest.launch(List.of(
                "--sandbox-data-dir", args[0],
                "--sandbox-accounts", "5",
                "--config-dir", args[1],
                "--lang", "en",
                "--theme", "light",
                "--open", "new-account"), null);
        FxRobot robot = new FxRobot();
        AppUnderTest.waitFor("the wizard opens", () -> AppUnderTest.showing(robot, "#new-company-business-name"));
        type(robot, "new-company-business-name", args[2]);
        type(robot, "new-company-address-postal-place", "Tromsø");
        String draftId = app.workspace().navigator().current().param("draft");
        String key = app.workspace().services().draftKey("new-account", draftId);
        DraftStore drafts = app.workspace().services().drafts();
        AppUnderTest.waitFor("the typing is kept on disk", () -> drafts.load(key)
                .map(d -> args[2].equals(d.values().get("company.business_name"))
                        && "Tromsø".equals(d.values().get("company.address.postal_place"))).orElse(false));
        System.out.println(TYPED + draftId);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(field::requestFocus);
        robot.write(text);
    }
}
