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

    private final PeopleSteps steps = new PeopleSteps(robot, () -> app, secrets::used);

    @Test
    void aRoleIsMadeWithItsScopesTicked() throws Exception {
        steps.createRole("Payout desk", "Reads accounts, runs payouts");
    }

    @Test
    void aClientsSecretIsRotatedAfterItsIdIsTyped() throws Exception {
        String first = steps.createClient("Webshop sync");
        String second = steps.rotateClient("Webshop sync");
        assertThat(second).isNotEqualTo(first);
    }
}
