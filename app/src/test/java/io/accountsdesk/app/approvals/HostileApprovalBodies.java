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

    /** A seller (payout destination) form filled in, with an id of its own. */
    public static SellerForm filledSeller(SessionServices services, String accountId) {
        return ApprovalsFill.seller(new SellerForm(services, accountId, created -> { }),
                "differential-" + System.nanoTime(), "Lawn mowing");
    }

    /** The body the seller form would send. */
    public static io.accountsdesk.client.approvals.NewPayoutDestinationApproval request(SellerForm form) {
        return form.request();
    }
}
