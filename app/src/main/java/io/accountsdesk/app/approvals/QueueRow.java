package io.accountsdesk.app.approvals;

import java.time.Duration;
import java.time.Instant;

/**
 * One case waiting on someone, in the review queue of all sub-accounts.
 *
 * @param waited       how long it has been in its status, up to when the queue was read
 * @param nextReminder Dintero's next reminder e-mail ("2 d", after which the signatory is reminded), or empty
 * @param reminderIn   how long until that reminder; {@code null} when none is due
 * @param assignee     the reviewer who took the case, or empty
 */
public record QueueRow(String accountId, String accountName, String manager, CaseKind kind, String id, String title,
                       String status, Instant since, Duration waited, String waitedText, String nextReminder,
                       Duration reminderIn, String signatureLink, String assignee) {

    /** The case's key across reads, in notes and assignments: {@code T12345678/payments/<id>}. */
    public String key() {
        return accountId + "/" + kind.id() + "/" + id;
    }

    QueueRow withAssignee(String who) {
        return new QueueRow(accountId, accountName, manager, kind, id, title, status, since, waited, waitedText,
                nextReminder, reminderIn, signatureLink, who);
    }
}
