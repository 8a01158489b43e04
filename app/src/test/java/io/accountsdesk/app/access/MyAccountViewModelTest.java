package io.accountsdesk.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.SpecEndpoints;
import io.accountsdesk.app.TestPeople;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.access.me.MyAccountViewModel;
import io.accountsdesk.app.access.me.TotpEnrolment;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.sandbox.users.DemoUsers;
import io.accountsdesk.sandbox.users.Totp;
import io.accountsdesk.ui.ContentState;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** My account against a real sandbox: each change is made by a person of the test's own. */
class MyAccountViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    @TempDir
    Path configDir;

    private MyAccountViewModel open(TestServices test) {
        MyAccountViewModel model = new MyAccountViewModel(test.services);
        model.activate(Place.of(MyAccountViewModel.SCREEN));
        return model;
    }

    @Test
    void showsThePersonsProfileAndTheAccountsTheyReach() {
        TestServices test = TestServices.of(TestPeople.trainee(sandbox.session()), configDir);
        MyAccountViewModel model = open(test);

        assertThat(model.isPerson()).isTrue();
        assertThat(model.stateProperty().get()).isEqualTo(ContentState.READY);
        assertThat(model.whoProperty().get()).isEqualTo(DemoUsers.TRAINEE);
        assertThat(model.userIdProperty().get()).isNotBlank();
        assertThat(model.memberships()).anySatisfy(m -> {
            assertThat(m.accountId()).isEqualTo(sandbox.session().partnerId());
            assertThat(m.scopes()).isNotBlank();
        });
        assertThat(model.totpOnProperty().get()).isFalse();
    }

    @Test
    void anApiClientsSessionIsToldWhatTheScreenIsForAndCallsNothing() throws Exception {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        MyAccountViewModel[] model = new MyAccountViewModel[1];

        var calls = SpecEndpoints.succeeded(() -> model[0] = open(test));

        assertThat(model[0].isPerson()).isFalse();
        assertThat(calls).isEmpty();
        assertThat(test.activity.lastFailureProperty().get()).isNullOrEmpty();
        assertThat(model[0].stateProperty().get()).isEqualTo(ContentState.READY);
        assertThat(model[0].memberships()).isEmpty();
    }

    @Test
    void thePasswordRulesAreCheckedAsTheUserTypes() {
        TestServices test = TestServices.of(AccessTestUsers.freshPerson(sandbox, "rules"), configDir);
        var password = open(test).password();

        assertThat(password.checklist().rules()).extracting(PasswordChecklist.Rule::met).containsOnly(false);
        password.current().set(AccessTestUsers.PASSWORD);
        password.proposed().set("short");
        assertThat(rule(password.checklist(), "length")).isFalse();
        assertThat(rule(password.checklist(), "different")).isTrue();
        password.proposed().set(AccessTestUsers.PASSWORD);
        assertThat(rule(password.checklist(), "length")).isTrue();
        assertThat(rule(password.checklist(), "different")).isFalse();
        password.proposed().set("Another-Pass-2");
        password.repeat().set("Another-Pass-");
        assertThat(rule(password.checklist(), "repeat")).isFalse();
        assertThat(password.repeat().errorProperty().get()).isNotEmpty();
        password.repeat().set("Another-Pass-2");
        assertThat(password.checklist().allMet()).isTrue();
        assertThat(password.repeat().errorProperty().get()).isEmpty();
        // Typed passwords never reach a draft on disk, and a review of the form shows dots.
        assertThat(password.form().draftValues()).isEmpty();
        assertThat(password.form().changes()).isNotEmpty().allSatisfy(change -> assertThat(change.after())
                .doesNotContain("Pass"));
    }

    private static boolean rule(PasswordChecklist checklist, String id) {
        return checklist.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().met();
    }

    @Test
    void aWrongCurrentPasswordIsShownOnItsFieldAndTheRightOneChangesIt() {
        String username = AccessTestUsers.newUsername("password");
        sandbox.client().authUsers().create(sandbox.session().partnerId(),
                new io.accountsdesk.client.authusers.NewAuthUser(username, null, null, AccessTestUsers.PASSWORD));
        TestServices test = TestServices.of(TestPeople.signIn(sandbox.session(), username, AccessTestUsers.PASSWORD),
                configDir);
        var password = open(test).password();

        type(password, "Not-The-Password", "Changed-Pass-9");
        password.submit();
        assertThat(password.current().errorProperty().get()).contains("not the current password");
        assertThat(password.current().value()).isEmpty();
        assertThat(password.proposed().value()).isEmpty();

        type(password, AccessTestUsers.PASSWORD, "Changed-Pass-9");
        password.submit();
        assertThat(test.dialogs.notices()).anySatisfy(n -> assertThat(n).contains("password was changed"));
        assertThat(TestPeople.signIn(sandbox.session(), username, "Changed-Pass-9").person()).isPresent();
        assertThatThrownBy(() -> TestPeople.signIn(sandbox.session(), username, AccessTestUsers.PASSWORD))
                .isNotNull();
    }

    @Test
    void aPasswordThatBreaksARuleIsNotSent() throws Exception {
        TestServices test = TestServices.of(AccessTestUsers.freshPerson(sandbox, "short"), configDir);
        var password = open(test).password();
        type(password, AccessTestUsers.PASSWORD, "short");

        var calls = SpecEndpoints.succeeded(password::submit);

        assertThat(calls).isEmpty();
        assertThat(password.form().formErrorProperty().get()).contains("rule");
        assertThat(password.proposed().errorProperty().get()).contains("8");
        assertThat(password.proposed().value()).isEqualTo("short");
    }

    private static void type(io.accountsdesk.app.access.me.PasswordChangeForm form, String current, String next) {
        form.current().set(current);
        form.proposed().set(next);
        form.repeat().set(next);
    }

    @Test
    void totpIsTurnedOnWithACodeComputedFromTheSecretTheScreenShowsAndOffAfterConfirming() {
        TestServices test = TestServices.of(AccessTestUsers.freshPerson(sandbox, "totp"), configDir);
        MyAccountViewModel model = open(test);
        TotpEnrolment totp = model.totp();

        totp.start();
        assertThat(totp.activeProperty().get()).isTrue();
        assertThat(totp.uriProperty().get()).startsWith("otpauth://totp/").contains("secret=");
        String grouped = totp.groupedSecretProperty().get();
        assertThat(grouped).matches("([A-Z2-7]{4} )*[A-Z2-7]{1,4}");
        assertThat(totp.uriProperty().get()).contains("secret=" + grouped.replace(" ", ""));

        String code = Totp.code(grouped.replace(" ", ""), Instant.now());
        String wrong = code.equals("000000") ? "111111" : "000000";
        totp.code().set(wrong);
        totp.confirm();
        assertThat(totp.code().errorProperty().get()).isNotEmpty();
        assertThat(model.totpOnProperty().get()).isFalse();

        totp.code().set(Totp.code(grouped.replace(" ", ""), Instant.now()));
        totp.confirm();
        assertThat(model.totpOnProperty().get()).isTrue();
        assertThat(totp.secretProperty().get()).isEmpty();
        assertThat(totp.uriProperty().get()).isEmpty();

        test.dialogs.confirmAnswer = false;
        model.disableTotp();
        assertThat(model.totpOnProperty().get()).isTrue();
        test.dialogs.confirmAnswer = true;
        model.disableTotp();
        assertThat(test.dialogs.of("confirm")).hasSize(2);
        assertThat(model.totpOnProperty().get()).isFalse();
    }

    @Test
    void leavingTheScreenDropsTheSecretOnShow() {
        TestServices test = TestServices.of(AccessTestUsers.freshPerson(sandbox, "leave"), configDir);
        MyAccountViewModel model = open(test);
        model.totp().start();
        assertThat(model.totp().secretProperty().get()).isNotEmpty();
        model.password().current().set("typed");

        model.deactivate();

        assertThat(model.totp().secretProperty().get()).isEmpty();
        assertThat(model.totp().activeProperty().get()).isFalse();
        assertThat(model.password().current().value()).isEmpty();
    }

    @Test
    void smsCodesGoOnForAWellFormedNumberOnlyAndOffAgain() throws Exception {
        TestServices test = TestServices.of(AccessTestUsers.freshPerson(sandbox, "sms"), configDir);
        MyAccountViewModel model = open(test);

        model.phone().set("99 99 99 99");
        var calls = SpecEndpoints.succeeded(model::enableSms);
        assertThat(calls).isEmpty();
        assertThat(model.phone().errorProperty().get()).contains("+4791234567");

        model.phone().set("+4799999999");
        model.enableSms();
        assertThat(model.smsOnProperty().get()).isTrue();
        assertThat(model.smsTextProperty().get()).startsWith("On");

        model.disableSms();
        assertThat(model.smsOnProperty().get()).isFalse();
    }

    @Test
    void inProductionTurningAFactorOffTakesATypedConfirmation() {
        Session person = AccessTestUsers.freshPerson(sandbox, "prod");
        Session production = new Session(io.accountsdesk.app.session.Environment.PRODUCTION, person.baseUrl(),
                person.partnerId(), person.client(), person.signedInPerson());
        TestServices test = TestServices.of(production, configDir);
        MyAccountViewModel model = open(test);
        model.phone().set("+4799999999");
        model.enableSms();
        assertThat(model.smsOnProperty().get()).isTrue();

        test.dialogs.typedAnswer = "no";
        model.disableSms();
        assertThat(test.dialogs.of("typed")).hasSize(1);
        assertThat(model.smsOnProperty().get()).isTrue();
        test.dialogs.typedAnswer = test.dialogs.of("typed").get(0).word();
        model.disableSms();
        assertThat(model.smsOnProperty().get()).isFalse();
    }
}
