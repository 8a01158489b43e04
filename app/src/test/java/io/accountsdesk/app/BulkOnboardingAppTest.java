package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.accounts.AccountQuery;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bulk onboarding in the real app: a CSV file with one bad row is chosen, checked, and its good rows created. */
class BulkOnboardingAppTest extends AppTestBase {

    static Path csv;

    @BeforeAll
    static void launch() throws Exception {
        csv = dir.resolve("merchants.csv");
        app = AppUnderTest.launch(List.of(
                "--sandbox-data-dir", dir.resolve("sandbox").toString(),
                "--sandbox-accounts", "10",
                "--reset-sandbox",
                "--config-dir", dir.resolve("config").toString(),
                "--lang", "en",
                "--theme", "light",
                "--open", "onboarding"), BulkOnboardingAppTest::choosing);
    }

    /** The real dialogs, but a file chooser that answers with the test's file: native choosers cannot be driven. */
    private static DialogService choosing(DialogService real) {
        return (DialogService) Proxy.newProxyInstance(DialogService.class.getClassLoader(),
                new Class<?>[] {DialogService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("chooseOpenFile")) {
                        return Optional.of(csv);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException thrown) {
                        throw thrown.getCause();
                    }
                });
    }

    @Test
    void aFileWithOneBadRowCreatesTheOthers() throws Exception {
        String first = TestNumbers.norwegianOrganisationNumber();
        String second = TestNumbers.norwegianOrganisationNumber();
        Files.writeString(csv, "Business name,Organisation number,Address,Postal code,Postal place,"
                + "Applicant First name,Applicant Last name,Applicant E-mail\n"
                + "Drop Bakery AS," + first + ",Storgata 1,0155,Oslo,Kari,Nordmann,kari@example.no\n"
                + "Drop Broken AS,123,,,,,,\n"
                + "Drop Café AS," + second + ",Storgata 3,0155,Oslo,Per,Hansen,per@example.no\n",
                StandardCharsets.UTF_8);
        waitFor("the onboarding desk shows", () -> showing("#onboarding-bulk"));
        robot.clickOn("#onboarding-bulk");
        waitFor("bulk onboarding opens", () -> showing("#bulk-choose"));
        assertThat(app.workspace().navigator().current()).isEqualTo(Place.of("bulk-onboarding"));

        robot.clickOn("#bulk-choose");
        waitFor("the rows are checked", () -> robot.lookup("#bulk-rows").queryAs(TableView.class).getItems().size() == 3);
        assertThat(robot.lookup("#bulk-summary").queryAs(Label.class).getText())
                .isEqualTo("3 rows: 2 ready, 0 with warnings, 1 with errors");

        robot.clickOn("#bulk-send");
        waitFor("the good rows are created", () -> robot.lookup("#bulk-message").queryAs(Label.class).getText()
                .startsWith("2 accounts created, 0 failed"));
        for (String number : List.of(first, second)) {
            AppUnderTest.waitForServer("account " + number + " exists once", () -> app.workspace().services().client()
                    .accounts().list(AccountQuery.all().withSearch(number), null).items().size() == 1);
        }
        assertThat(app.workspace().services().client().accounts().list(AccountQuery.all().withSearch("Drop Broken"),
                null).items()).as("the bad row was not sent").isEmpty();
    }
}
