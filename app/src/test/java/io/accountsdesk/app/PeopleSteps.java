package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.access.team.RoleChoice;
import io.accountsdesk.app.access.team.TeamMember;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.roles.Role;
import io.accountsdesk.client.roles.RoleQuery;
import io.accountsdesk.sandbox.users.Totp;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/**
 * What a user does on the screens of people and access, one step each, as the TestFX tests of those screens and the
 * whole-session secrets test do it. Every secret a step types, reads from the outbox or is shown is handed to
 * {@code seen} (a label and the value), so a test can look for it where it must not be.
 */
final class PeopleSteps {

    private final FxRobot robot;
    private final Supplier<AccountsDeskApp> app;
    private final BiConsumer<String, String> seen;
    /** A session on the sandbox, seen while signed in: the outbox is read at its address while on the card. */
    private io.accountsdesk.app.session.Session sandboxSession;

    PeopleSteps(FxRobot robot, Supplier<AccountsDeskApp> app, BiConsumer<String, String> seen) {
        this.robot = robot;
        this.app = app;
        this.seen = seen;
    }

    PeopleSteps(FxRobot robot, Supplier<AccountsDeskApp> app) {
        this(robot, app, (label, secret) -> { });
    }

    /**
     * From a signed-in workspace: signs out to the card, chooses e-mail and password by its mnemonic, and signs
     * {@code username} in with the code the sandbox texted to {@code phone}.
     */
    void signInWithSmsCode(String username, String password, String phone) throws Exception {
        var asClient = app.get().workspace().services().session();
        sandboxSession = asClient;
        clickWhenUncovered("#switch-environment");
        waitFor("the sign-in card is back", () -> showing("#sign-in-ways"));
        robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        waitFor("Alt+E chooses e-mail and password", () -> showing("#person-username")
                && robot.lookup("#way-password").queryAs(ToggleButton.class).isSelected());
        clickWhenUncovered("#person-username").eraseText(64).write(username);
        clickWhenUncovered("#person-password").write(password);
        seen.accept("the password typed at sign-in", password);
        robot.type(KeyCode.ENTER);
        waitFor("the second factor is asked for", () -> showing("#mfa-send-sms"));
        assertThat(robot.lookup("#person-password").queryAs(PasswordField.class).getText())
                .as("the password is gone once sent").isEmpty();
        clickWhenUncovered("#mfa-send-sms");
        waitFor("the code field shows", () -> showing("#mfa-code"));
        String code = SandboxOutbox.latestCode(asClient, phone, "mfa");
        seen.accept("the SMS code", code);
        clickWhenUncovered("#mfa-code").write(code);
        robot.type(KeyCode.ENTER);
        waitFor("the person's session opens", () -> app.get().workspace() != null
                && app.get().workspace().services().session().person().isPresent());
        waitFor("the status bar names the person", () -> robot.lookup("#signed-in").queryAs(Label.class).getText()
                .contains(username));
    }

    /**
     * From the sign-in card: signs {@code email} in with a one-time code sent by e-mail and read from the outbox.
     */
    void signInWithOneTimeCode(String email) throws Exception {
        var before = app.get().workspace();
        robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT);
        waitFor("Alt+T chooses the one-time code", () -> showing("#code-email"));
        clickWhenUncovered("#code-email").eraseText(64).write(email);
        clickWhenUncovered("#code-by-email");
        clickWhenUncovered("#code-send");
        waitFor("the code field shows", () -> showing("#code-code"));
        if (sandboxSession == null) {
            throw new IllegalStateException("sign in once before, so the sandbox's address is known");
        }
        String code = SandboxOutbox.latestCode(sandboxSession, email, "passwordless");
        seen.accept("the one-time sign-in code from the e-mail", code);
        clickWhenUncovered("#code-code").write(code);
        clickWhenUncovered("#code-confirm");
        waitFor("the person's session opens", () -> app.get().workspace() != null && app.get().workspace() != before
                && app.get().workspace().services().session().person().isPresent());
    }

    /**
     * From the sign-in card: single sign-on, with the test playing the person who opens the address the app shows
     * and signs in as {@code username} at the sandbox's stand-in provider.
     */
    void signInBySingleSignOn(String username) throws Exception {
        clickWhenUncovered("#way-oidc");
        waitFor("the single sign-on pane shows", () -> showing("#oidc-sign-in"));
        clickWhenUncovered("#oidc-sign-in");
        waitFor("the address to copy shows", () -> showing("#oidc-manual-url")
                && !robot.lookup("#oidc-manual-url").queryAs(TextField.class).getText().isEmpty());
        assertThat(showing("#oidc-cancel")).as("waiting for the browser can be cancelled").isTrue();
        String address = robot.lookup("#oidc-manual-url").queryAs(TextField.class).getText();
        var person = new io.accountsdesk.app.signin.oidc.SandboxUser(
                io.accountsdesk.app.signin.oidc.SandboxUser.Does.SIGN_IN, username);
        person.clickThrough(java.net.URI.create(address), io.accountsdesk.app.signin.oidc.SandboxUser.Does.SIGN_IN);
        String code = java.net.URLDecoder.decode(person.lastLocation().replaceAll(".*[?&]code=([^&]*).*", "$1"),
                java.nio.charset.StandardCharsets.UTF_8);
        seen.accept("the single sign-on authorization code", code);
        assertThat(person.lastPage().statusCode()).as("the app's loopback page answered the browser").isEqualTo(200);
        waitFor("the person's session opens", () -> app.get().workspace() != null
                && app.get().workspace().services().session().person()
                        .filter(who -> who.how() == io.accountsdesk.app.session.SignedInPerson.Way.OIDC).isPresent());
    }

    /** Opens My account from the status bar and turns the authenticator app on with a code from its key. */
    void enrolAuthenticator() throws Exception {
        clickWhenUncovered("#status-my-account");
        waitFor("My account shows the person's factors", () -> showing("#me-totp-start")
                && robot.lookup("#me-totp-state").queryAs(Label.class).getText().startsWith("Off"));
        clickWhenUncovered("#me-totp-start");
        waitFor("the QR code and its key show", () -> showing("#me-totp-enrolment")
                && robot.lookup("#me-totp-qr").queryAs(javafx.scene.image.ImageView.class).getImage() != null);
        String key = robot.lookup("#me-totp-secret").queryAs(TextField.class).getText();
        assertThat(key).matches("([A-Z2-7]{4} )+[A-Z2-7]{1,4}");
        seen.accept("the authenticator key", key.replace(" ", ""));
        seen.accept("the authenticator key in groups", key);

        // The code field has the focus once the key shows; Enter sends the code.
        waitFor("the code field has the focus", () -> robot.lookup("#me-totp-code").query().isFocused());
        String code = Totp.code(key.replace(" ", ""), Instant.now());
        seen.accept("the authenticator code", code);
        robot.write(code);
        PasswordField codeField = robot.lookup("#me-totp-code").queryAs(PasswordField.class);
        assertThat(codeField.getAccessibleText()).isNotBlank().doesNotContain(code);
        assertThat(codeField.getText()).isEqualTo(code);
        robot.type(KeyCode.ENTER);

        waitFor("the app is on, or a message says why not", () -> robot.lookup("#me-totp-state").queryAs(Label.class)
                .getText().startsWith("On") || !robot.lookup("#me-totp-error").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#me-totp-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#me-totp-state").queryAs(Label.class).getText()).startsWith("On");
        assertThat(showing("#me-totp-enrolment")).isFalse();
        assertThat(robot.lookup("#me-totp-secret").queryAs(TextField.class).getText()).isEmpty();
        assertThat(codeField.getText()).as("the code is cleared once sent").isEmpty();
    }

    /** Invites {@code email} on the Team screen with the first role offered; returns the invitee as listed. */
    TeamMember invite(String email, String name) throws Exception {
        robot.interact(() -> app.get().workspace().navigator().goTo(Place.of("team")));
        @SuppressWarnings("unchecked")
        TableView<TeamMember> table = robot.lookup("#team-table").queryAs(TableView.class);
        waitFor("the team is listed", () -> !table.getItems().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<RoleChoice> role = robot.lookup("#team-invite-role").queryAs(ComboBox.class);
        waitFor("the roles are read", () -> !role.getItems().isEmpty());

        clickWhenUncovered("#team-invite-email").write(email);
        clickWhenUncovered("#team-invite-name").write(name);
        robot.interact(() -> role.getSelectionModel().select(0));
        clickWhenUncovered("#team-invite-send");

        try {
            waitFor("the invitee is listed and selected, or a message says why not", () -> table.getItems().stream()
                    .anyMatch(m -> m.email().equals(email)) && table.getSelectionModel().getSelectedItem() != null
                    && table.getSelectionModel().getSelectedItem().email().equals(email) || !errorText().isEmpty());
        } catch (AssertionError timedOut) {
            throw new AssertionError(timedOut.getMessage() + "; the form holds e-mail '"
                    + robot.lookup("#team-invite-email").queryAs(TextField.class).getText() + "', name '"
                    + robot.lookup("#team-invite-name").queryAs(TextField.class).getText() + "', role "
                    + role.getValue() + "; listed: " + table.getItems().stream().map(TeamMember::email).toList()
                    + "; selected: " + table.getSelectionModel().getSelectedItem() + "; send at "
                    + robot.lookup("#team-invite-send").query().localToScene(
                            robot.lookup("#team-invite-send").query().getBoundsInLocal())
                    + " in a scene of " + table.getScene().getWidth() + "x" + table.getScene().getHeight()
                    + "; window at " + table.getScene().getWindow().getX() + "," + table.getScene().getWindow().getY()
                    + "; field tooltips: " + robot.lookup("#team-invite-email").query().getProperties(), timedOut);
        }
        assertThat(errorText()).as("the invitation's error").isEmpty();
        TeamMember invited = table.getSelectionModel().getSelectedItem();
        assertThat(invited.roles()).isEqualTo(role.getItems().get(0).name());
        assertThat(robot.lookup("#team-invite-email").queryAs(TextField.class).getText()).isEmpty();
        seen.accept("the invitation's temporary password", SandboxOutbox.latestCode(
                app.get().workspace().services().session(), email, "invitation"));
        return invited;
    }

    /** Makes a one-time sign-in code for the person selected on the Team screen; stores it away once read. */
    void oneTimeCodeForSelected() throws Exception {
        clickWhenUncovered("#team-code");
        waitFor("the code is shown once", () -> showing("#team-code-result")
                && !robot.lookup("#team-code-result-value").queryAs(TextField.class).getText().isEmpty());
        seen.accept("the one-time sign-in code",
                robot.lookup("#team-code-result-value").queryAs(TextField.class).getText());
        clickWhenUncovered("#team-code-result-stored");
        waitFor("gone once stored", () -> !showing("#team-code-result"));
    }

    /** Makes a role by typing its name and ticking two scopes, one found through the search. */
    void createRole(String name, String description) throws Exception {
        robot.interact(() -> app.get().workspace().navigator().goTo(Place.of("roles")));
        waitFor("the demo roles are listed", () -> showing("#roles-table")
                && !robot.lookup("#roles-table").queryAs(TableView.class).getItems().isEmpty());
        clickWhenUncovered("#roles-new");
        waitFor("the editor opens", () -> showing("#roles-name"));
        clickWhenUncovered("#roles-name").write(name);
        clickWhenUncovered("#roles-description").write(description);
        clickWhenUncovered("#roles-scope-search").write("bill");
        waitFor("the search leaves billing", () -> showing("#roles-scope-write-billing")
                && robot.lookup("#roles-scope-read-accounts").tryQuery().isEmpty());
        clickWhenUncovered("#roles-scope-write-billing");
        robot.interact(() -> robot.lookup("#roles-scope-search").queryAs(TextField.class).clear());
        waitFor("every area is back", () -> showing("#roles-scope-read-accounts"));
        clickWhenUncovered("#roles-scope-read-accounts");
        assertThat(robot.lookup("#roles-scope-write-billing").queryAs(CheckBox.class).isSelected())
                .as("the tick survives the search").isTrue();
        assertThat(showing("#roles-warning")).as("a test partner: no production warning").isFalse();
        clickWhenUncovered("#roles-save");

        waitFor("the role is listed", () -> robot.lookup("#roles-table").queryAs(TableView.class).getItems().stream()
                .anyMatch(row -> row.toString().contains(name)));
        Role saved = app.get().workspace().services().client().roles().stream(RoleQuery.all().withLimit(100))
                .filter(role -> name.equals(role.name())).findFirst().orElseThrow();
        assertThat(saved.scope()).containsExactlyInAnyOrder("read:accounts", "write:billing");
        assertThat(saved.description()).isEqualTo(description);
    }

    /** Makes an API client; returns the secret the app showed once, masked, and forgot once stored. */
    String createClient(String name) throws Exception {
        robot.interact(() -> app.get().workspace().navigator().goTo(Place.of("api-clients")));
        waitFor("the clients are listed", () -> showing("#api-clients-table")
                && !robot.lookup("#api-clients-table").queryAs(TableView.class).getItems().isEmpty());
        clickWhenUncovered("#api-clients-new");
        waitFor("the form opens", () -> showing("#api-clients-name"));
        clickWhenUncovered("#api-clients-name").write(name);
        clickWhenUncovered("#api-clients-create");
        waitFor("the secret is shown once", () -> showing("#client-secret-panel"));
        PasswordField masked = robot.lookup("#client-secret-masked").queryAs(PasswordField.class);
        assertThat(masked.isVisible()).as("masked by default").isTrue();
        assertThat(showing("#client-secret-revealed")).isFalse();
        String secret = masked.getText();
        assertThat(secret).hasSizeGreaterThan(20);
        seen.accept("the new client's secret", secret);
        clickWhenUncovered("#client-secret-show");
        waitFor("shown on request", () -> showing("#client-secret-revealed"));
        Node revealed = robot.lookup("#client-secret-revealed").query();
        Object spoken = org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> revealed.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.TEXT));
        assertThat(String.valueOf(spoken)).as("assistive technology hears what it is, not the secret")
                .doesNotContain(secret).isEqualTo("Client secret");
        clickWhenUncovered("#client-secret-stored");
        waitFor("gone once stored", () -> !showing("#client-secret-panel"));
        assertThat(masked.getText()).isEmpty();
        return secret;
    }

    /** Rotates the secret of the client named {@code name}, typing its id; returns the new secret. */
    String rotateClient(String name) throws Exception {
        waitFor("the new client is chosen", () -> showing("#api-clients-rotate"));
        String clientId = app.get().workspace().services().client().clients().list().stream()
                .filter(c -> name.equals(c.name())).findFirst().orElseThrow().clientId();
        clickWhenUncovered("#api-clients-rotate");
        waitFor("the typed confirmation opens", () -> showing("#typed-confirmation"));
        Node go = robot.lookup("#typed-confirm-go").query();
        assertThat(go.isDisabled()).isTrue();
        clickWhenUncovered("#typed-confirmation").write(clientId.substring(0, 6));
        assertThat(go.isDisabled()).as("part of the id is not enough").isTrue();
        robot.write(clientId.substring(6));
        waitFor("the whole id enables the button", () -> !go.isDisabled());
        robot.clickOn(go);

        waitFor("the new secret is shown once", () -> showing("#client-secret-panel"));
        String secret = robot.lookup("#client-secret-masked").queryAs(PasswordField.class).getText();
        assertThat(secret).hasSizeGreaterThan(20);
        seen.accept("the rotated secret", secret);
        clickWhenUncovered("#client-secret-stored");
        waitFor("gone once stored", () -> !showing("#client-secret-panel"));
        return secret;
    }

    /**
     * Clicks {@code query} once no notice lies over it: a notice of the step before (bottom centre, a few seconds)
     * can cover a form's button in a narrow window, and a user would wait for it too.
     */
    org.testfx.api.FxRobotInterface clickWhenUncovered(String query) throws Exception {
        Node target = robot.lookup(query).query();
        waitFor("no notice covers " + query, () -> robot.lookup(".notice").queryAll().stream()
                .filter(Node::isVisible)
                .noneMatch(notice -> notice.localToScene(notice.getBoundsInLocal())
                        .intersects(target.localToScene(target.getBoundsInLocal()))));
        return robot.clickOn(target);
    }

    private String errorText() {
        return robot.lookup("#team-invite-error").tryQuery().map(node -> ((Label) node).getText()).orElse("")
                + robot.lookup("#team-message").tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    private boolean showing(String query) {
        return AppUnderTest.showing(robot, query);
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        AppUnderTest.waitFor(what, condition);
    }
}
