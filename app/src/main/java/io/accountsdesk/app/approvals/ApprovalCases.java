package io.accountsdesk.app.approvals;

import io.accountsdesk.client.approvals.CddCase;
import io.accountsdesk.client.approvals.CddEvent;
import io.accountsdesk.client.approvals.PaymentsApproval;
import io.accountsdesk.client.approvals.PayoutDestinationApproval;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The API's three case shapes read as {@link ApprovalCase}s. */
final class ApprovalCases {

    private ApprovalCases() {
    }

    static ApprovalCase of(String aid, PaymentsApproval approval) {
        List<String> methods = approval.paymentMethods() == null ? List.of() : approval.paymentMethods().stream()
                .filter(Objects::nonNull).map(PaymentsApproval.PaymentMethod::paymentMethod).toList();
        return new ApprovalCase(aid, CaseKind.PAYMENTS, approval.id(), approval.organizationNumber(),
                status(approval.caseStatus()), methods, at(approval.updatedAt(), approval.createdAt()),
                approval.contractUrl(), null);
    }

    static ApprovalCase of(String aid, PayoutDestinationApproval seller) {
        String title = seller.payoutDestinationName() == null || seller.payoutDestinationName().isBlank()
                ? seller.payoutDestinationId() : seller.payoutDestinationName();
        return new ApprovalCase(aid, CaseKind.SELLER, seller.id(), title, status(seller.caseStatus()),
                seller.payoutIntervalType() == null ? List.of() : List.of(seller.payoutIntervalType().value()),
                at(seller.updatedAt(), seller.createdAt()), seller.contractUrl(), null);
    }

    static ApprovalCase of(String aid, CddCase cddCase) {
        String title = cddCase.caseFor() != null && cddCase.caseFor().payoutDestinationName() != null
                ? cddCase.caseFor().payoutDestinationName()
                : cddCase.caseRequest() == null ? cddCase.id() : cddCase.caseRequest().organizationNumber();
        List<String> products = cddCase.products() == null ? List.of()
                : cddCase.products().stream().filter(Objects::nonNull).map(p -> p.value()).toList();
        return new ApprovalCase(aid, CaseKind.CDD, cddCase.id(), title, status(cddCase.status() == null ? null
                : cddCase.status().value()), products, sinceOfStatus(cddCase), contractUrl(cddCase),
                cddCase.caseRequest() == null ? null : cddCase.caseRequest().referenceId());
    }

    /**
     * When a CDD case entered the status it has now: the first event of the last run of events with that status. A
     * callback that records the same status again does not restart the clock.
     */
    static Instant sinceOfStatus(CddCase cddCase) {
        List<CddEvent> events = cddCase.events() == null ? List.of() : cddCase.events();
        String now = cddCase.status() == null ? null : cddCase.status().value();
        Instant since = null;
        for (int i = events.size() - 1; i >= 0; i--) {
            CddEvent event = events.get(i);
            if (event == null || event.caseStatus() == null) {
                continue;
            }
            if (!event.caseStatus().value().equals(now)) {
                break;
            }
            if (event.createdAt() != null) {
                since = event.createdAt().toInstant();
            }
        }
        return since != null ? since : at(cddCase.updatedAt(), cddCase.createdAt());
    }

    /** The contract the signatory must sign, as the CDD service gave it when it created the case. */
    static String contractUrl(CddCase cddCase) {
        if (cddCase.events() == null) {
            return null;
        }
        for (CddEvent event : cddCase.events()) {
            if (event != null && event.created() != null && event.created().contractUrl() != null) {
                return event.created().contractUrl();
            }
        }
        return null;
    }

    /** A contract of a CDD case: where it is signed and whether it has been. */
    record Contract(String url, boolean signed) {
    }

    /** What the events' {@code case.contracts} say; empty unless the list was asked to include them. */
    static List<Contract> contracts(CddCase cddCase) {
        List<Contract> lines = new ArrayList<>();
        if (cddCase.events() == null) {
            return lines;
        }
        for (CddEvent event : cddCase.events()) {
            if (event == null || event.caseData() == null || !event.caseData().has("contracts")) {
                continue;
            }
            event.caseData().get("contracts").forEach(contract -> lines.add(
                    new Contract(contract.path("url").asText(""), contract.path("signed").asBoolean(false))));
        }
        return lines.stream().distinct().toList();
    }

    private static String status(Object status) {
        return status == null ? null : status.toString();
    }

    private static Instant at(OffsetDateTime preferred, OffsetDateTime fallback) {
        OffsetDateTime at = preferred != null ? preferred : fallback;
        return at == null ? null : at.toInstant();
    }
}
