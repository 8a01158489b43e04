package io.accountsdesk.app.connections;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestAccountPage;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.sandbox.http.FaultPlan;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the fault soak saw on the connections tab: a Klarna sign-up whose answer is cut off has been made, and the
 * user, told it failed, presses again. The server refuses the second with 409 "already pending", which read as an
 * error though what the user asked for was done. After a lost answer, that 409 is the form's success.
 *
 * <p>Seen to fail before the fix: the form showed the server's 409 message and no result.
 */
class SignupLostAnswerTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    @TempDir
    Path configDir;

    private TestServices test;
    private String aid;
    private ConnectionsTabViewModel tab;

    @BeforeEach
    void klarnaFormOfANewAccount() {
        test = TestServices.of(sandbox.session(), configDir);
        aid = ConnectionsTestAccounts.fresh(sandbox, "Lost Signup Shop AS").accountId();
        tab = new ConnectionsTabViewModel(test.services, new TestAccountPage(sandbox, aid));
        tab.open(ConnectionOperations.find("klarna.signup").orElseThrow());
    }

    @Test
    void aSignupPressedAgainAfterALostAnswerIsToldItArrived() {
        ConnectionFormViewModel form = tab.formProperty().get();
        sandbox.sandbox().injectFaults(FaultPlan.parse(
                "route=/accounts/*/management/settings/connections/klarna, method=POST, truncate=1"));
        try {
            form.submit();
        } finally {
            sandbox.sandbox().injectFaults(FaultPlan.none());
        }
        assertThat(form.form().formErrorProperty().get()).as("the cut-off answer is a failure").isNotBlank();
        assertThat(sandbox.client().accounts().get(aid).connections()).as("the server made it all the same")
                .containsKey("klarna");

        form.submit();

        assertThat(form.form().formErrorProperty().get()).as("no error for the second press").isEmpty();
        assertThat(form.resultProperty().get())
                .isEqualTo(test.messages.format("connections.arrivedEarlier", form.title()));
        assertThat(test.dialogs.notices()).anyMatch(notice -> notice.contains(
                test.messages.format("connections.sent", form.title())));
        assertThat(test.activity.lastFailureProperty().get()).as("the status bar tells of no failure either")
                .doesNotContain("pending");
    }

    @Test
    void withoutALostAnswerA409IsStillTheServersRefusal() {
        tab.formProperty().get().submit();
        tab.closeForm();
        tab.open(ConnectionOperations.find("klarna.signup").orElseThrow());
        ConnectionFormViewModel again = tab.formProperty().get();

        again.submit();

        assertThat(again.form().formErrorProperty().get()).as("a second sign-up, asked for on purpose, is refused")
                .contains("pending");
        assertThat(again.resultProperty().get()).isEmpty();
    }
}
