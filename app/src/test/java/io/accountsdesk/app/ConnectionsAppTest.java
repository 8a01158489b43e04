package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.ApplicantInput;
import io.accountsdesk.client.accounts.NewAccount;
import io.accountsdesk.ui.Timeline;
import io.accountsdesk.ui.TimelineLane;
import io.accountsdesk.ui.TimelineSpan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The connections tab in the real app on the embedded sandbox: a Klarna signup started from the tab's menu shows as
 * pending on the timeline; the sandbox, playing Klarna, enables it; Refresh reads it from Klarna's settings route
 * and the timeline shows the pending span closed and the enabled one open.
 */
class ConnectionsAppTest extends AppTestBase {

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(freshSandbox(10), null);
        waitFor("the account list shows rows",
                () -> !new org.testfx.api.FxRobot().lookup("#account-list").tryQuery().isEmpty());
    }

    private Optional<TimelineLane> klarnaLane() {
        Timeline timeline = robot.lookup("#connection-timeline").queryAs(Timeline.class);
        return timeline.getLanes().stream().filter(lane -> lane.name().equals("Klarna")).findFirst();
    }

    @Test
    void aKlarnaSignupStartedFromTheTabShowsEnabledOnTheTimelineOnceDecided() throws Exception {
        String number = TestNumbers.norwegianOrganisationNumber();
        Account account = app.workspace().services().client().accounts().create(NewAccount.builder(
                ApplicantInput.of("Kari", "Nordmann", "kari@klarna-tab.example", "+4722334455"),
                new AccountCompany("Klarna Tab AS", null, number, null, null, null, null, null, null, null, null, null,
                        null, null),
                new AccountBilling("Klarna Tab AS", number, null, "billing@klarna-tab.example", null, null)).build());
        String aid = account.accountId();
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("account", "id", aid, "tab", "connections")));
        waitFor("the connections tab acts on the account", () -> showing("#connections-acting-on")
                && robot.lookup("#connections-acting-on").queryAs(Label.class).getText().contains(aid));

        robot.clickOn("#connections-signup");
        robot.clickOn("#op-klarna-signup");
        waitFor("the Klarna form opens", () -> showing("#connection-form"));
        robot.clickOn("#connection-form-send");
        waitFor("the timeline shows Klarna pending", () -> klarnaLane()
                .map(lane -> lane.spans().size() == 1 && lane.spans().get(0).label().equals("Pending")).orElse(false));

        String base = app.workspace().services().session().baseUrl().replaceAll("/+$", "");
        HttpResponse<String> decided = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                        + "/_sandbox/accounts/" + aid + "/connections/klarna/decide"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"enabled\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(klarnaLane().orElseThrow().spans()).hasSize(1);

        robot.clickOn("#connections-refresh");
        waitFor("the timeline shows Klarna enabled after pending", () -> klarnaLane().map(lane -> {
            List<TimelineSpan> spans = lane.spans();
            return spans.size() == 2 && spans.get(0).label().equals("Pending") && !spans.get(0).isOpen()
                    && spans.get(1).label().equals("Enabled") && spans.get(1).isOpen();
        }).orElse(false));
    }

    @Test
    void theBoardIsTriagedFromTheKeyboard() throws Exception {
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("connections-board")));
        waitFor("the board lists what waits", () -> showing("#board-table")
                && !robot.lookup("#board-table").queryAs(javafx.scene.control.TableView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<io.accountsdesk.app.connections.BoardRow> table =
                robot.lookup("#board-table").queryAs(javafx.scene.control.TableView.class);
        robot.clickOn(robot.lookup("#board-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitFor("the click selects the first row", () -> table.getSelectionModel().getSelectedIndex() == 0);
        robot.type(javafx.scene.input.KeyCode.J, 2);
        robot.type(javafx.scene.input.KeyCode.K);
        waitFor("J J K selects the second row", () -> table.getSelectionModel().getSelectedIndex() == 1);
        io.accountsdesk.app.connections.BoardRow second = table.getSelectionModel().getSelectedItem();
        assertThat(second.waited()).isLessThanOrEqualTo(table.getItems().get(0).waited());

        Optional<io.accountsdesk.app.connections.BoardRow> settable = table.getItems().stream()
                .filter(row -> List.of("instabank", "vipps", "payex", "collector", "swish", "bambora")
                        .contains(row.connection())).findFirst();
        robot.interact(() -> table.getSelectionModel().select(settable.orElseThrow()));
        robot.type(javafx.scene.input.KeyCode.E);
        waitFor("E opens the status form beside the board", () -> showing("#connection-form"));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitFor("Escape closes it", () -> !showing("#connection-form"));

        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(second);
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitFor("Enter opens the account on its connections tab", () -> Place.of("account", "id", second.accountId(),
                "tab", "connections").equals(app.workspace().navigator().current()));
    }
}
