package io.accountsdesk.app.approvals;

import io.accountsdesk.app.TestAccountPage;
import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.SpecEndpoints;
import io.accountsdesk.app.TestAccounts;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance, checked rather than claimed: every approvals and CDD operation of {@code endpoints.tsv}
 * (rows 89 to 97) is called by the app's view models, as a user reaches it, and answered with success.
 */
class ApprovalsEndpointsDrivenTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    @TempDir
    Path configDir;

    @Test
    void theAppDrivesEveryApprovalsOperationOfTheSpec() throws Exception {
        Set<String> expected = SpecEndpoints.rows(SpecEndpoints.range(89, 97));
        assertThat(expected).hasSize(9);
        assertThat(SpecEndpoints.succeeded(this::driveEverything)).containsAll(expected);
    }

    private void driveEverything() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        String aid = TestAccounts.fresh(sandbox, "Driven Approvals AS").accountId();
        ApprovalsTabViewModel tab = new ApprovalsTabViewModel(test.services, new TestAccountPage(sandbox, aid));
        // 92, 94, 89: the tab reads the three lists when shown.
        tab.shown();
        // 93: apply for payments.
        tab.openApply();
        ApprovalsFill.payments((PaymentApplicationForm) tab.formProperty().get(), "billie").submit();
        // 95: a seller; 97: read on its own; 96: archived.
        tab.openSeller();
        ApprovalsFill.seller((SellerForm) tab.formProperty().get(), "driven", "WAITING_FOR_SIGNATURE").submit();
        ApprovalCase seller = tab.sellers().get(0);
        tab.readSeller(seller);
        test.dialogs.confirmAnswer = true;
        tab.archive(seller);
        assertThat(tab.sellers()).isEmpty();
        // 90: a CDD case; 91: re-checked through the callback route.
        tab.openCdd();
        CddCaseForm cdd = (CddCaseForm) tab.formProperty().get();
        cdd.set("case_request.organizationNumber", io.accountsdesk.app.TestNumbers.norwegianOrganisationNumber());
        cdd.submit();
        ApprovalCase cddCase = tab.cases().stream().filter(c -> c.referenceId() == null).findFirst().orElseThrow();
        tab.recheck(cddCase);
        assertThat(tab.messageProperty().get()).isEmpty();
        // And the queue reads the same routes across accounts.
        ReviewQueueViewModel queue = new ReviewQueueViewModel(test.services);
        queue.activate(Place.of(ReviewQueueViewModel.SCREEN));
        assertThat(queue.rows()).anySatisfy(row -> assertThat(row.accountId()).isEqualTo(aid));
    }
}
