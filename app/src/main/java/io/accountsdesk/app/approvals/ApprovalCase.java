package io.accountsdesk.app.approvals;

import java.time.Instant;
import java.util.List;

/**
 * One case as the tab and the queue show it, whatever its kind.
 *
 * @param title         what the case is about: the seller's name, the organisation number, the CDD case's company
 * @param covers        the payment methods (payments), the interval (seller) or the products (CDD) it covers
 * @param since         when the case entered its current status; {@code null} when the server does not say
 * @param signatureLink where the signatory finishes and signs, or {@code null}
 * @param referenceId   the application a CDD case belongs to ({@code case_request.referenceId}), or {@code null}
 */
public record ApprovalCase(String accountId, CaseKind kind, String id, String title, String status,
                           List<String> covers, Instant since, String signatureLink, String referenceId) {

    public ApprovalCase {
        covers = covers == null ? List.of() : List.copyOf(covers);
    }

    /** Identifies the case across reads and in notes: {@code payments/<id>}. */
    public String key() {
        return kind.id() + "/" + id;
    }
}
