package io.accountsdesk.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.access.team.TeamViewModel;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.sandbox.http.FaultPlan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the fault soak found on the team screen: an invitation whose answer is cut off has invited the person, and the
 * user, told it failed, presses Invite again. The second press must find the person, not fail on "already has
 * access" (nor invite twice).
 *
 * <p>Seen to fail: before the team screen looked first, the second press ended in the server's 409 and the form
 * still held the address.
 */
class TeamInviteLostAnswerTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    @TempDir
    Path configDir;

    @Test
    void invitePressedAgainAfterALostAnswerFindsThePersonInvited() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        TeamViewModel model = new TeamViewModel(test.services);
        model.activate(Place.of(TeamViewModel.SCREEN));
        String email = AccessTestUsers.newUsername("lost.answer");
        model.invite().email().set(email);
        model.invite().name().set("Lou Lost");
        model.invite().role().set(model.roles().get(0).id());

        sandbox.sandbox().injectFaults(FaultPlan.parse("route=/accounts/*/management/users, method=POST,"
                + " truncate=1"));
        try {
            model.sendInvite();
        } finally {
            sandbox.sandbox().injectFaults(FaultPlan.none());
        }
        assertThat(model.invite().email().value()).as("the user was told it failed; the address stays")
                .isEqualTo(email);

        model.sendInvite();

        assertThat(model.invite().email().value()).as("the second press succeeded").isEmpty();
        assertThat(model.selectedProperty().get().email()).isEqualTo(email);
        assertThat(sandbox.client().users().list().stream().filter(u -> email.equalsIgnoreCase(u.email())))
                .as("invited once").hasSize(1);
    }
}
