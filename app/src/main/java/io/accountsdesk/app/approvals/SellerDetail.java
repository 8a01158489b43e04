package io.accountsdesk.app.approvals;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.client.approvals.BankAccount;
import io.accountsdesk.client.approvals.PayoutDestinationApproval;
import java.util.ArrayList;
import java.util.List;

/** A seller application read on its own, as lines of "label: value"; the bank account number stays hidden. */
final class SellerDetail {

    private SellerDetail() {
    }

    static String of(PayoutDestinationApproval seller, Messages messages) {
        List<String> lines = new ArrayList<>();
        line(lines, messages.get("approvals.field.sellerId"), seller.payoutDestinationId());
        line(lines, messages.get("approvals.field.sellerName"), seller.payoutDestinationName());
        line(lines, messages.get("approvals.field.sellerDescription"), seller.payoutDestinationDescription());
        line(lines, messages.get("approvals.field.payoutReference"), seller.payoutReference());
        line(lines, messages.get("approvals.field.orgNumber"), seller.countryCode() + " " + seller.organizationNumber());
        line(lines, messages.get("approvals.field.interval"),
                seller.payoutIntervalType() == null ? null : seller.payoutIntervalType().value());
        if (seller.bankAccounts() != null) {
            for (BankAccount bank : seller.bankAccounts()) {
                line(lines, messages.get("approvals.field.bankName"), bank.bankName() + " · "
                        + bank.bankAccountCurrency() + " · " + bank.bankIdentificationCode());
            }
        }
        if (seller.formSubmitter() != null) {
            line(lines, messages.get("approvals.field.submitterEmail"), seller.formSubmitter().email());
        }
        line(lines, messages.get("approvals.column.link"), seller.contractUrl());
        return String.join("\n", lines);
    }

    private static void line(List<String> lines, String label, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(label + ": " + value);
        }
    }
}
