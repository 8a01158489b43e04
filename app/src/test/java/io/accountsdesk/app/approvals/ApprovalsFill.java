package io.accountsdesk.app.approvals;

import io.accountsdesk.app.TestNumbers;

/** Forms filled in as a reviewer would, with a valid organisation number and bank account. */
final class ApprovalsFill {

    private ApprovalsFill() {
    }

    static void bank(java.util.function.BiConsumer<String, String> set) {
        set.accept("bank_accounts[0].bank_name", "DNB");
        set.accept("bank_accounts[0].bank_account_number", "NO9386011117947");
        set.accept("bank_accounts[0].bank_identification_code", "DNBANOKKXXX");
    }

    static PaymentApplicationForm payments(PaymentApplicationForm form, String... methods) {
        form.set("organization_number", TestNumbers.norwegianOrganisationNumber());
        bank(form::set);
        form.set("form_submitter.email", "signatory@example.com");
        form.set("form_submitter.name", "Kari Nordmann");
        for (String method : methods) {
            form.choose(method, true);
        }
        return form;
    }

    static SellerForm seller(SellerForm form, String id, String description) {
        form.set("payout_destination_id", id);
        form.set("payout_destination_name", "Seller " + id);
        form.set("payout_destination_description", description);
        form.set("payout_reference", "Mowber");
        form.set("organization_number", TestNumbers.norwegianOrganisationNumber());
        form.set("payout_interval_type", "weekly");
        bank(form::set);
        form.set("form_submitter.email", "seller@example.com");
        return form;
    }
}
