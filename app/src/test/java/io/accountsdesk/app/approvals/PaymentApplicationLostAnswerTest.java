package io.accountsdesk.app.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestAccountPage;
import io.accountsdesk.app.TestAccounts;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.sandbox.http.FaultPlan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the fault soak looks for on the approvals tab: a payment application whose answer is cut off has been made,
 * and the user, told it failed, sends it again. The second send must find it, not make a second application.
 *
 * <p>Seen to fail: without the look-up in {@code PaymentApplicationForm.submit} the account held two applications.
 */
class PaymentApplicationLostAnswerTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    @TempDir
    Path configDir;

    @Test
    void sendingAgainAfterALostAnswerMakesNoSecondApplication() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        String aid = TestAccounts.fresh(sandbox, "Lost Answer Shop AS").accountId();
        ApprovalsTabViewModel tab = new ApprovalsTabViewModel(test.services, new TestAccountPage(sandbox, aid));
        tab.shown();
        tab.openApply();
        PaymentApplicationForm form = ApprovalsFill.payments((PaymentApplicationForm) tab.formProperty().get(),
                "billie");

        sandbox.sandbox().injectFaults(FaultPlan.parse("route=/accounts/*/management/settings/approvals/payments,"
                + " method=POST, truncate=1"));
        try {
            form.submit();
        } finally {
            sandbox.sandbox().injectFaults(FaultPlan.none());
        }
        assertThat(sandbox.client().actingOn(aid).approvals().paymentsApprovals(aid, List.of()))
                .as("the server made it all the same").hasSize(1);

        form.submit();

        assertThat(form.form().formErrorProperty().get()).as("the second send succeeded").isEmpty();
        assertThat(sandbox.client().actingOn(aid).approvals().paymentsApprovals(aid, List.of()))
                .as("one application").hasSize(1);
        assertThat(tab.payments()).hasSize(1);
    }
}
