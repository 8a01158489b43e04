package io.accountsdesk.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.SpecEndpoints;
import io.accountsdesk.app.TestPeople;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.access.team.AuthUserRow;
import io.accountsdesk.app.access.team.AuthUsersModel;
import io.accountsdesk.app.access.team.TeamViewModel;
import io.accountsdesk.app.core.nav.Place;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Username/password users through the team screen, each step proved by signing the user in. */
class AuthUsersModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    @TempDir
    Path configDir;

    private AuthUsersModel open(TestServices test) {
        TeamViewModel team = new TeamViewModel(test.services);
        team.activate(Place.of(TeamViewModel.SCREEN));
        return team.authUsers();
    }

    @Test
    void createsSetsAPasswordRenamesAndDeletes() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        AuthUsersModel model = open(test);
        String username = AccessTestUsers.newUsername("auth");

        model.username().set(username);
        model.created().password().set("First-Pass-1");
        model.created().repeat().set("First-Pass-1");
        model.create();
        assertThat(model.known()).extracting(AuthUserRow::username).containsExactly(username);
        assertThat(model.created().password().value()).isEmpty();
        assertThat(TestPeople.signIn(sandbox.session(), username, "First-Pass-1").person()).isPresent();

        model.pick(model.known().get(0));
        assertThat(model.target().value()).isEqualTo(username);
        model.changed().password().set("Second-Pass-2");
        model.changed().repeat().set("Second-Pass-2");
        model.update();
        assertThat(model.changeForm().formErrorProperty().get()).isEmpty();
        assertThat(model.changed().password().value()).isEmpty();
        assertThat(TestPeople.signIn(sandbox.session(), username, "Second-Pass-2").person()).isPresent();

        String renamed = AccessTestUsers.newUsername("renamed");
        model.newUsername().set(renamed);
        model.rename();
        assertThat(model.target().value()).isEqualTo(renamed);
        assertThat(model.known()).extracting(AuthUserRow::username).containsExactly(renamed);
        assertThat(TestPeople.signIn(sandbox.session(), renamed, "Second-Pass-2").person()).isPresent();

        test.dialogs.confirmAnswer = false;
        model.delete();
        assertThat(TestPeople.signIn(sandbox.session(), renamed, "Second-Pass-2").person()).isPresent();
        test.dialogs.confirmAnswer = true;
        model.delete();
        assertThat(model.known()).isEmpty();
        assertThatThrownBy(() -> TestPeople.signIn(sandbox.session(), renamed, "Second-Pass-2"))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void smsCodesNeedAMobileNumberAndThenTheSignInAsksForASecondFactor() throws Exception {
        AuthUsersModel model = open(TestServices.of(sandbox.session(), configDir));
        String username = AccessTestUsers.newUsername("mfa");
        model.username().set(username);
        model.created().password().set("First-Pass-1");
        model.created().repeat().set("First-Pass-1");
        model.created().sms().set(true);

        assertThat(SpecEndpoints.succeeded(model::create)).isEmpty();
        assertThat(model.created().phone().errorProperty().get()).isNotEmpty();

        model.created().password().set("First-Pass-1");
        model.created().repeat().set("First-Pass-1");
        model.created().phone().set("+4799999999");
        model.create();
        assertThat(model.known()).singleElement().satisfies(row -> assertThat(row.factors()).isEqualTo("sms"));
        assertThatThrownBy(() -> TestPeople.signIn(sandbox.session(), username, "First-Pass-1"))
                .hasMessageContaining("second factor");
    }

    @Test
    void aPasswordShorterThanTheSeedAllowsIsNotSent() throws Exception {
        AuthUsersModel model = open(TestServices.of(sandbox.session(), configDir));
        model.username().set(AccessTestUsers.newUsername("short"));
        model.created().password().set("short");
        model.created().repeat().set("short");

        assertThat(SpecEndpoints.succeeded(model::create)).isEmpty();
        assertThat(model.created().password().errorProperty().get()).contains("8");
        assertThat(model.createForm().formErrorProperty().get()).isNotEmpty();
        assertThat(model.known()).isEmpty();
    }
}
