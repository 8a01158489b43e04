package io.accountsdesk.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.SpecEndpoints;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.access.me.MyAccountViewModel;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.sandbox.users.Totp;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance for My account, checked rather than claimed: every {@code /account/user} operation of
 * {@code endpoints.tsv} (rows 79 to 82) is called by the view model, as a person reaches it, and succeeds.
 */
class MyAccountEndpointsDrivenTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    @TempDir
    Path configDir;

    @Test
    void theAppDrivesEveryOwnAccountOperationOfTheSpec() throws Exception {
        Set<String> expected = SpecEndpoints.rows(SpecEndpoints.range(79, 82));
        assertThat(expected).hasSize(4);
        assertThat(SpecEndpoints.succeeded(this::driveEverything)).containsAll(expected);
    }

    private void driveEverything() {
        TestServices test = TestServices.of(AccessTestUsers.freshPerson(sandbox, "driven"), configDir);
        MyAccountViewModel model = new MyAccountViewModel(test.services);
        // 79: the profile, read when the screen opens.
        model.activate(Place.of(MyAccountViewModel.SCREEN));
        // 80: SMS codes on.
        model.phone().set("+4799999999");
        model.enableSms();
        assertThat(model.smsOnProperty().get()).isTrue();
        // 81: an authenticator app, by the secret the screen shows.
        model.totp().start();
        model.totp().code().set(Totp.code(model.totp().secretProperty().get(), Instant.now()));
        model.totp().confirm();
        assertThat(model.totpOnProperty().get()).isTrue();
        // 82: a new password.
        var password = model.password();
        password.current().set(AccessTestUsers.PASSWORD);
        password.proposed().set("Driven-Pass-2");
        password.repeat().set("Driven-Pass-2");
        password.submit();
        assertThat(test.dialogs.notices()).anySatisfy(n -> assertThat(n).contains("password was changed"));
    }
}
