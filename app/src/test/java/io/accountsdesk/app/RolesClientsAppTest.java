package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.security.NoSecretsLeak;
import io.accountsdesk.client.roles.Role;
import io.accountsdesk.client.roles.RoleQuery;
import java.util.List;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Roles and API clients in the real app: a role made by typing and ticking scopes, and a client's secret rotated
 * through the typed confirmation, each new secret shown once, masked, and gone once stored.
 */
class RolesClientsAppTest extends AppTestBase {

    /** Neither secret the app showed may reach its log, preferences or drafts. */
    @RegisterExtension
    static final NoSecretsLeak secrets = NoSecretsLeak.scanning(() -> List.of(dir.resolve("config")));

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(freshSandbox(3), null);
        waitFor("the account list shows", () -> !new org.testfx.api.FxRobot().lookup("#account-list").tryQuery()
                .isEmpty());
    }

    @Test
    void aRoleIsMadeWithItsScopesTicked() throws Exception {
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("roles")));
        waitFor("the demo roles are listed", () -> showing("#roles-table")
                && !robot.lookup("#roles-table").queryAs(TableView.class).getItems().isEmpty());
        robot.clickOn("#roles-new");
        waitFor("the editor opens", () -> showing("#roles-name"));
        robot.clickOn("#roles-name").write("Payout desk");
        robot.clickOn("#roles-description").write("Reads accounts, runs payouts");
        robot.clickOn("#roles-scope-search").write("bill");
        waitFor("the search leaves billing", () -> showing("#roles-scope-write-billing")
                && robot.lookup("#roles-scope-read-accounts").tryQuery().isEmpty());
        robot.clickOn("#roles-scope-write-billing");
        robot.interact(() -> robot.lookup("#roles-scope-search").queryAs(TextField.class).clear());
        waitFor("every area is back", () -> showing("#roles-scope-read-accounts"));
        robot.clickOn("#roles-scope-read-accounts");
        assertThat(robot.lookup("#roles-scope-write-billing").queryAs(CheckBox.class).isSelected())
                .as("the tick survives the search").isTrue();
        assertThat(showing("#roles-warning")).as("a test partner: no production warning").isFalse();
        robot.clickOn("#roles-save");

        waitFor("the role is listed", () -> robot.lookup("#roles-table").queryAs(TableView.class).getItems().stream()
                .anyMatch(row -> row.toString().contains("Payout desk")));
        Role saved = app.workspace().services().client().roles().stream(RoleQuery.all().withLimit(100))
                .filter(role -> "Payout desk".equals(role.name())).findFirst().orElseThrow();
        assertThat(saved.scope()).containsExactlyInAnyOrder("read:accounts", "write:billing");
        assertThat(saved.description()).isEqualTo("Reads accounts, runs payouts");
    }

    @Test
    void aClientsSecretIsRotatedAfterItsIdIsTyped() throws Exception {
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("api-clients")));
        waitFor("the clients are listed", () -> showing("#api-clients-table")
                && !robot.lookup("#api-clients-table").queryAs(TableView.class).getItems().isEmpty());
        robot.clickOn("#api-clients-new");
        waitFor("the form opens", () -> showing("#api-clients-name"));
        robot.clickOn("#api-clients-name").write("Webshop sync");
        robot.clickOn("#api-clients-create");
        waitFor("the secret is shown once", () -> showing("#client-secret-panel"));
        PasswordField masked = robot.lookup("#client-secret-masked").queryAs(PasswordField.class);
        assertThat(masked.isVisible()).as("masked by default").isTrue();
        assertThat(showing("#client-secret-revealed")).isFalse();
        String first = masked.getText();
        assertThat(first).hasSizeGreaterThan(20);
        secrets.used("the new client's secret", first);
        robot.clickOn("#client-secret-show");
        waitFor("shown on request", () -> showing("#client-secret-revealed"));
        Node revealed = robot.lookup("#client-secret-revealed").query();
        Object spoken = org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> revealed.queryAccessibleAttribute(AccessibleAttribute.TEXT));
        assertThat(String.valueOf(spoken)).as("assistive technology hears what it is, not the secret")
                .doesNotContain(first).isEqualTo("Client secret");
        robot.clickOn("#client-secret-stored");
        waitFor("gone once stored", () -> !showing("#client-secret-panel"));
        assertThat(masked.getText()).isEmpty();

        waitFor("the new client is chosen", () -> showing("#api-clients-rotate"));
        String clientId = app.workspace().services().client().clients().list().stream()
                .filter(c -> "Webshop sync".equals(c.name())).findFirst().orElseThrow().clientId();
        robot.clickOn("#api-clients-rotate");
        waitFor("the typed confirmation opens", () -> showing("#typed-confirmation"));
        Node go = robot.lookup("#typed-confirm-go").query();
        assertThat(go.isDisabled()).isTrue();
        robot.clickOn("#typed-confirmation").write(clientId.substring(0, 6));
        assertThat(go.isDisabled()).as("part of the id is not enough").isTrue();
        robot.write(clientId.substring(6));
        waitFor("the whole id enables the button", () -> !go.isDisabled());
        robot.clickOn(go);

        waitFor("the new secret is shown once", () -> showing("#client-secret-panel"));
        String second = robot.lookup("#client-secret-masked").queryAs(PasswordField.class).getText();
        assertThat(second).isNotEqualTo(first).hasSizeGreaterThan(20);
        secrets.used("the rotated secret", second);
        robot.clickOn("#client-secret-stored");
        waitFor("gone once stored", () -> !showing("#client-secret-panel"));
    }
}
