package io.accountsdesk.app.approvals;

import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.client.approvals.NewPaymentsApproval;

/** The payment application form, filled in as a reviewer would, for the differential test outside this package. */
public final class HostileApprovalBodies {

    private HostileApprovalBodies() {
    }

    public static PaymentApplicationForm filledApplication(SessionServices services, String accountId) {
        return ApprovalsFill.payments(new PaymentApplicationForm(services, accountId, applied -> { }), "billie");
    }

    /** The body the form would send. */
    public static NewPaymentsApproval request(PaymentApplicationForm form) {
        return form.request();
    }
}
