package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.accounts.AccountRow;
import io.accountsdesk.app.core.forms.DraftStore;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The onboarding desk and the create-account wizard in the real app, on the embedded sandbox, typed into as a user
 * would: an account created through every step shows in the list, and a draft whose price package is gone comes
 * back from the server with the message on the price step.
 */
class OnboardingAppTest extends AppTestBase {

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(List.of(
                "--sandbox-data-dir", dir.resolve("sandbox").toString(),
                "--sandbox-accounts", "20",
                "--reset-sandbox",
                "--config-dir", dir.resolve("config").toString(),
                "--lang", "en",
                "--theme", "light"), null);
        waitFor("the account list shows rows",
                () -> !robot().lookup("#account-list").tryQuery().isEmpty() && !staticTable().getItems().isEmpty());
    }

    private static org.testfx.api.FxRobot robot() {
        return new org.testfx.api.FxRobot();
    }

    @SuppressWarnings("unchecked")
    private static javafx.scene.control.TableView<AccountRow> staticTable() {
        return robot().lookup("#account-list .table-view").queryAs(javafx.scene.control.TableView.class);
    }

    /** Types into the input with {@code id} as a user who tabbed to it: it may sit below the fold. */
    private void type(String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text);
    }

    private void next() throws Exception {
        int before = currentStep();
        robot.clickOn(visibleNext());
        waitFor("the wizard moves on from step " + before, () -> currentStep() > before);
    }

    private Node visibleNext() {
        return robot.lookup("#new-account-wizard .wizard-next").query();
    }

    private int currentStep() {
        return robot.lookup("#new-account-wizard").queryAs(io.accountsdesk.ui.Wizard.class).getCurrentIndex();
    }

    private static String norwegianNumber() {
        return TestNumbers.norwegianOrganisationNumber();
    }

    @Test
    void anAccountMadeThroughEveryStepShowsInTheList() throws Exception {
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("onboarding")));
        waitFor("the onboarding desk shows", () -> showing("#onboarding-new"));
        robot.clickOn("#onboarding-new");
        waitFor("the wizard opens on its first step", () -> showing("#new-company-business-name"));
        assertThat(app.workspace().navigator().current().param("draft")).as("the place names the draft").isNotBlank();
        assertThat(visibleNext().isDisabled()).as("nothing typed yet").isTrue();

        String name = "Wizard Kafé " + ThreadLocalRandom.current().nextInt(100_000) + " AS";
        String orgNumber = norwegianNumber();
        type("new-company-business-name", name);
        type("new-company-organization-number", orgNumber);
        type("new-company-address-address-line", "Storgata 1");
        type("new-company-address-postal-code", "0155");
        type("new-company-address-postal-place", "Oslo");
        type("new-company-phone-number", "22 33 44 55");
        waitFor("a phone without its country code holds the user back", () -> visibleNext().isDisabled()
                && robot.lookup("#new-account-blockers-company").queryAs(Label.class).getText().contains("Phone"));
        type("new-company-phone-number", "+47 22 33 44 55");
        waitFor("the company step lets the user on", () -> !visibleNext().isDisabled());
        next(); // billing: the company's own by default
        next();
        type("new-applicant-first-name", "Kari");
        type("new-applicant-last-name", "Nordmann");
        type("new-applicant-email", "kari@example.no");
        next();
        robot.clickOn("#new-services-checkout-features-vipps-requested");
        next(); // manager
        next(); // price
        next(); // invites
        type("new-invite-users-0-email", "ola@example.no");
        next(); // review
        waitFor("the duplicate check finds nothing and Create is offered", () -> !visibleNext().isDisabled()
                && robot.lookup("#new-account-duplicates-message").queryAs(Label.class).getText()
                .startsWith("No sub-account"));
        robot.clickOn(visibleNext());

        waitFor("the result shows the new account", () -> showing("#new-account-done")
                && robot.lookup("#new-account-result").queryAs(Label.class).getText().contains(name));
        Account created = app.workspace().services().client().accounts()
                .list(AccountQuery.all().withSearch(orgNumber), null).items().get(0);
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.company().phoneNumber()).isEqualTo("+4722334455");

        robot.clickOn("#new-account-make-link");
        waitFor("the onboarding link is made", () -> !robot.lookup("#new-account-link").queryAs(TextField.class)
                .getText().isBlank());

        robot.interact(() -> app.workspace().navigator().goTo(Place.of("accounts")));
        waitFor("the list shows the new account", () -> showing("#account-list")
                && table().getItems().stream().anyMatch(row -> row.accountId().equals(created.accountId())));

        robot.interact(() -> app.workspace().navigator().goTo(Place.of("onboarding")));
        waitFor("no application is left in progress", () -> showing("#onboarding-drafts")
                && robot.lookup("#onboarding-drafts").queryTableView().getItems().stream()
                .noneMatch(row -> row.toString().contains(name)));
    }

    @Test
    void aDraftWhosePricePackageIsGoneComesBackOnThePriceStep() throws Exception {
        String id = "stale-" + ThreadLocalRandom.current().nextInt(100_000);
        String name = "Stale Package " + ThreadLocalRandom.current().nextInt(100_000) + " AS";
        Map<String, String> values = new LinkedHashMap<>();
        values.put("company.business_name", name);
        values.put("company.organization_number", norwegianNumber());
        values.put("company.address.address_line", "Kaigata 2");
        values.put("company.address.postal_code", "5003");
        values.put("company.address.postal_place", "Bergen");
        values.put("applicant.first_name", "Per");
        values.put("applicant.last_name", "Hansen");
        values.put("applicant.email", "per@example.no");
        values.put("price_package", "RETIRED_PP999");
        String key = app.workspace().services().draftKey("new-account", id);
        app.workspace().services().drafts().save(new DraftStore.Draft(key, Instant.now().minusSeconds(3 * 86_400),
                values));

        robot.interact(() -> app.workspace().navigator().goTo(Place.of("onboarding")));
        waitFor("the desk lists the application", () -> showing("#onboarding-drafts")
                && robot.lookup("#onboarding-drafts").queryTableView().getItems().stream()
                .anyMatch(row -> row.toString().contains(name)));
        robot.interact(() -> {
            var table = robot.lookup("#onboarding-drafts").queryTableView();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).toString().contains(name)) {
                    table.getSelectionModel().select(i);
                }
            }
            table.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitFor("the wizard shows the application as it was left", () -> showing("#new-company-business-name")
                && name.equals(robot.lookup("#new-company-business-name").queryAs(TextField.class).getText()));
        assertThat(robot.lookup("#new-account-draft-notice").queryAs(Label.class).getText())
                .startsWith("Put back the application");

        for (int step = 0; step < 7; step++) {
            next();
        }
        waitFor("Create is offered", () -> !visibleNext().isDisabled());
        robot.clickOn(visibleNext());

        waitFor("the wizard goes back to the price step", () -> currentStep() == 5);
        ComboBox<?> packages = robot.lookup("#new-price-package").queryAs(ComboBox.class);
        waitFor("the server's message is on the price package", () -> io.accountsdesk.ui.FieldDecoration
                .isInvalid(packages));
        assertThat(app.workspace().services().client().accounts().list(AccountQuery.all().withSearch(name), null)
                .items()).as("nothing was created").isEmpty();
        assertThat(app.workspace().services().drafts().load(key)).as("the application is still kept").isPresent();
    }
}
