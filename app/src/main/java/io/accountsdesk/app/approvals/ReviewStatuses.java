package io.accountsdesk.app.approvals;

import io.accountsdesk.client.approvals.CaseStatus;
import java.util.List;
import java.util.Set;

/**
 * Which case statuses still need someone: the seed shares one status set among payments applications, sellers and
 * CDD cases. Approved, declined and archived are final; everything else waits on the signatory or on Dintero.
 */
public final class ReviewStatuses {

    public static final Set<String> FINAL = Set.of("ACTIVE", "DECLINED", "ARCHIVED");

    /** The statuses the signatory must act on: Dintero's reminder emails go out for these. */
    public static final Set<String> AWAITING_SIGNATORY =
            Set.of("WAITING_FOR_DETAILS", "WAITING_FOR_DECLARATION", "WAITING_FOR_SIGNATURE");

    private ReviewStatuses() {
    }

    public static boolean isFinal(String status) {
        return status != null && FINAL.contains(status);
    }

    /** The seed's statuses that are not final, to ask the list routes only for what waits. */
    public static List<CaseStatus> open() {
        return CaseStatus.KNOWN.stream().filter(s -> !isFinal(s.value())).toList();
    }
}
