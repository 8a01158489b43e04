package io.accountsdesk.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.SpecEndpoints;
import io.accountsdesk.app.TestPeople;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.access.team.AuthUsersModel;
import io.accountsdesk.app.access.team.TeamMember;
import io.accountsdesk.app.access.team.TeamViewModel;
import io.accountsdesk.app.core.nav.Place;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance for the team screen: rows 3 and 4 (one-time code, ID-token redirect), 22 to 25 (username
 * users) and 83 to 87 (the account's users and their activity) are each called by the view models, as a user
 * reaches them, and succeed.
 */
class TeamEndpointsDrivenTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    @TempDir
    Path configDir;

    @Test
    void theAppDrivesEveryTeamOperationOfTheSpec() throws Exception {
        Set<Integer> rows = new LinkedHashSet<>(Set.of(3, 4));
        rows.addAll(SpecEndpoints.range(22, 25));
        rows.addAll(SpecEndpoints.range(83, 87));
        Set<String> expected = SpecEndpoints.rows(rows);
        assertThat(expected).hasSize(11);
        assertThat(SpecEndpoints.succeeded(this::driveEverything)).containsAll(expected);
    }

    private void driveEverything() {
        TestServices test = TestServices.of(TestPeople.trainee(sandbox.session()), configDir);
        TeamViewModel team = new TeamViewModel(test.services);
        // 83: the people, read when the screen opens.
        team.activate(Place.of(TeamViewModel.SCREEN));
        // 84: an invitation with a role; 87: the invitee is selected and their activity read.
        String email = AccessTestUsers.newUsername("driven.invitee");
        team.invite().email().set(email);
        team.invite().role().set(team.roles().get(0).id());
        team.sendInvite();
        TeamMember invited = team.selectedProperty().get();
        assertThat(invited.email()).isEqualTo(email);
        // 3: a one-time code for them.
        team.createVerificationCode();
        assertThat(team.code().codeProperty().get()).isNotEmpty();
        // 86: another role; 85: removed.
        team.changeRole(invited, team.roles().get(team.roles().size() - 1).id());
        test.dialogs.confirmAnswer = true;
        team.remove(team.selectedProperty().get());
        // 4: the ID-token redirect.
        team.redirect().uri().set("https://example.com/welcome");
        team.redirect().create();
        assertThat(team.redirect().resultProperty().get()).contains("id_token=");
        // 22 to 25: a username user created, given a new password, renamed, deleted.
        AuthUsersModel users = team.authUsers();
        users.username().set(AccessTestUsers.newUsername("driven.auth"));
        users.created().password().set("Driven-Pass-1");
        users.created().repeat().set("Driven-Pass-1");
        users.create();
        users.pick(users.known().get(0));
        users.changed().password().set("Driven-Pass-2");
        users.changed().repeat().set("Driven-Pass-2");
        users.update();
        users.newUsername().set(AccessTestUsers.newUsername("driven.renamed"));
        users.rename();
        users.delete();
        assertThat(users.known()).isEmpty();
    }
}
