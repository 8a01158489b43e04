package io.accountsdesk.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.SpecEndpoints;
import io.accountsdesk.app.TestPeople;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.access.team.ActivityLog;
import io.accountsdesk.app.access.team.RoleChoice;
import io.accountsdesk.app.access.team.TeamMember;
import io.accountsdesk.app.access.team.TeamViewModel;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.sandbox.users.DemoUsers;
import io.accountsdesk.ui.ContentState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The team screen's people tab against a real sandbox: invite, role, removal, activity, one-time codes. */
class TeamViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    @TempDir
    Path configDir;

    private static TeamViewModel open(TestServices test) {
        TeamViewModel model = new TeamViewModel(test.services);
        model.activate(Place.of(TeamViewModel.SCREEN));
        return model;
    }

    private static TeamMember member(TeamViewModel model, String email) {
        return model.members().stream().filter(m -> m.email().equals(email)).findFirst().orElseThrow();
    }

    @Test
    void listsThePeopleWithTheirRolesAndTheRolesThatCanBeGiven() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        TeamViewModel model = open(test);

        assertThat(model.stateProperty().get()).isEqualTo(ContentState.READY);
        assertThat(model.members()).extracting(TeamMember::email).contains(DemoUsers.TRAINEE, DemoUsers.MFA_TRAINEE);
        assertThat(member(model, DemoUsers.MFA_TRAINEE).mfa()).contains("SMS");
        assertThat(model.roles()).isNotEmpty().allSatisfy(r -> assertThat(r.name()).isNotBlank());
    }

    @Test
    void invitesWithARoleChangesTheRoleAndRemovesAfterConfirming() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        TeamViewModel model = open(test);
        RoleChoice first = model.roles().get(0);
        RoleChoice second = model.roles().get(model.roles().size() - 1);
        String email = AccessTestUsers.newUsername("invitee");

        model.invite().email().set(email);
        model.invite().name().set("Ina Invitee");
        model.invite().role().set(first.id());
        model.sendInvite();

        TeamMember invited = member(model, email);
        assertThat(invited.roles()).isEqualTo(first.name());
        assertThat(model.selectedProperty().get()).isEqualTo(invited);
        assertThat(model.invite().email().value()).isEmpty();
        assertThat(test.dialogs.notices()).anySatisfy(n -> assertThat(n).contains(email));

        model.changeRole(invited, second.id());
        assertThat(member(model, email).roleIds()).containsExactly(second.id());
        assertThat(open(TestServices.of(sandbox.session(), configDir)).members())
                .anySatisfy(m -> assertThat(m.roleIds()).as(m.email()).containsExactly(second.id()));

        test.dialogs.confirmAnswer = false;
        model.remove(member(model, email));
        assertThat(model.members()).extracting(TeamMember::email).contains(email);
        test.dialogs.confirmAnswer = true;
        model.remove(member(model, email));
        assertThat(model.members()).extracting(TeamMember::email).doesNotContain(email);
        assertThat(open(TestServices.of(sandbox.session(), configDir)).members()).extracting(TeamMember::email)
                .doesNotContain(email);
    }

    @Test
    void removingOneselfSaysSoAndNothingGoesWhenTheUserSaysNo() {
        TestServices test = TestServices.of(TestPeople.trainee(sandbox.session()), configDir);
        TeamViewModel model = open(test);
        test.dialogs.confirmAnswer = false;

        model.remove(member(model, DemoUsers.TRAINEE));

        assertThat(test.dialogs.of("confirm")).singleElement()
                .satisfies(asked -> assertThat(asked.message()).startsWith("This is you"));
        assertThat(model.members()).extracting(TeamMember::email).contains(DemoUsers.TRAINEE);
    }

    @Test
    void anInviteWithoutAnAddressOrARoleIsNotSent() throws Exception {
        TeamViewModel model = open(TestServices.of(sandbox.session(), configDir));
        model.invite().email().set("not an address");

        var calls = SpecEndpoints.succeeded(model::sendInvite);

        assertThat(calls).isEmpty();
        assertThat(model.invite().email().errorProperty().get()).isNotEmpty();
        assertThat(model.invite().role().errorProperty().get()).isNotEmpty();
        assertThat(model.invite().email().value()).isEqualTo("not an address");
    }

    @Test
    void inProductionRemovingSomeoneTakesTheirAddressTyped() {
        Session client = sandbox.session();
        Session production = new Session(Environment.PRODUCTION, client.baseUrl(), client.partnerId(),
                client.client());
        TestServices test = TestServices.of(production, configDir);
        TeamViewModel model = open(test);
        String email = AccessTestUsers.newUsername("prod.invitee");
        model.invite().email().set(email);
        model.invite().role().set(model.roles().get(0).id());
        model.sendInvite();

        test.dialogs.typedAnswer = "yes";
        model.remove(member(model, email));
        assertThat(test.dialogs.of("typed")).singleElement()
                .satisfies(asked -> assertThat(asked.word()).isEqualTo(email));
        assertThat(model.members()).extracting(TeamMember::email).contains(email);
        test.dialogs.typedAnswer = email;
        model.remove(member(model, email));
        assertThat(model.members()).extracting(TeamMember::email).doesNotContain(email);
    }

    @Test
    void theSelectedPersonsActivityIsReadAndFiltered() {
        TestPeople.trainee(sandbox.session());
        TeamViewModel model = open(TestServices.of(sandbox.session(), configDir));

        model.selectedProperty().set(member(model, DemoUsers.TRAINEE));

        ActivityLog log = model.activity();
        assertThat(model.activityStateProperty().get()).isEqualTo(ContentState.READY);
        assertThat(log.actions()).contains("auth.token");
        log.actionProperty().set("auth.token");
        assertThat(log.page()).isNotEmpty().allSatisfy(a -> assertThat(a.action()).isEqualTo("auth.token"));
        log.fromProperty().set(LocalDate.now(ZoneId.systemDefault()).plusDays(2));
        assertThat(log.page()).isEmpty();
        assertThat(log.matchCountProperty().get()).isZero();
    }

    @Test
    void aOneTimeCodeIsMadeForTheSelectedPersonWorksOnceAndIsClearedWhenStored() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        TeamViewModel model = open(test);
        model.selectedProperty().set(member(model, DemoUsers.TRAINEE));

        model.createVerificationCode();

        String code = model.code().codeProperty().get();
        assertThat(code).matches("\\d{6}");
        var auth = sandbox.client().auth();
        String partner = sandbox.session().partnerId();
        assertThat(auth.passwordlessToken(partner, "email", DemoUsers.TRAINEE, code, auth.audience(partner))
                .accessToken()).isNotBlank();
        model.code().clear();
        assertThat(model.code().codeProperty().get()).isEmpty();

        model.createVerificationCode();
        assertThat(model.code().codeProperty().get()).isNotEmpty();
        model.deactivate();
        assertThat(model.code().codeProperty().get()).isEmpty();
    }

    @Test
    void theIdTokenRedirectChecksTheUrlAndShowsTheLinkOnce() throws Exception {
        TestServices test = TestServices.of(TestPeople.trainee(sandbox.session()), configDir);
        var redirect = open(test).redirect();

        redirect.uri().set("ftp://example.com");
        redirect.customClaims().set("plan gold");
        assertThat(SpecEndpoints.succeeded(redirect::create)).isEmpty();
        assertThat(redirect.uri().errorProperty().get()).isNotEmpty();
        assertThat(redirect.customClaims().errorProperty().get()).contains("plan gold");

        redirect.uri().set("https://example.com/welcome");
        redirect.customClaims().set("plan=gold");
        redirect.email().set(true);
        redirect.create();

        assertThat(redirect.resultProperty().get()).startsWith("https://example.com/welcome?id_token=");
        redirect.clear();
        assertThat(redirect.resultProperty().get()).isEmpty();
    }
}
