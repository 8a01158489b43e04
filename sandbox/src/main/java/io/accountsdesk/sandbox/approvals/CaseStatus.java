package io.accountsdesk.sandbox.approvals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The seed's {@code case_status} values, shared by CDD cases, payments approvals and payout-destination approvals,
 * and the path the sandbox's stand-in for the CDD service moves a case along.
 *
 * <p>The seed names the statuses but not the order a case goes through them. The sandbox uses the order Dintero's
 * onboarding describes (the signatory fills in the details, then the declaration, then signs the contract; Dintero
 * reviews; the case ends approved or declined). Each CDD callback moves a case one step:
 * <pre>
 * WAITING_FOR_DETAILS → WAITING_FOR_DECLARATION → WAITING_FOR_SIGNATURE → AUTOMATIC_REVIEW → ACTIVE
 *                                               (skipped when case_request.requireContractSigning is false)
 * UNDER_MANUAL_REVIEW → ACTIVE          ERROR → AUTOMATIC_REVIEW (the check is run again)
 * ACTIVE, DECLINED: final (a callback records the status again)     ARCHIVED: updates are ignored
 * </pre>
 */
enum CaseStatus {
    ACTIVE, DECLINED, UNDER_MANUAL_REVIEW, AUTOMATIC_REVIEW, WAITING_FOR_SIGNATURE, WAITING_FOR_DECLARATION, ERROR,
    ARCHIVED, WAITING_FOR_DETAILS;

    /** Where every new case and application starts unless test mode decides otherwise: the form is not filled in. */
    static final CaseStatus INITIAL = WAITING_FOR_DETAILS;

    /** The seed's enum values, in the seed's order (for error messages and counters). */
    static final List<String> VALUES = Arrays.stream(values()).map(Enum::name).toList();

    static Optional<CaseStatus> parse(String value) {
        for (CaseStatus s : values()) {
            if (s.name().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The status after the CDD service has been asked again (one callback). */
    CaseStatus next(boolean requireContractSigning) {
        return switch (this) {
            case WAITING_FOR_DETAILS -> WAITING_FOR_DECLARATION;
            case WAITING_FOR_DECLARATION -> requireContractSigning ? WAITING_FOR_SIGNATURE : AUTOMATIC_REVIEW;
            case WAITING_FOR_SIGNATURE, ERROR -> AUTOMATIC_REVIEW;
            case AUTOMATIC_REVIEW, UNDER_MANUAL_REVIEW -> ACTIVE;
            case ACTIVE, DECLINED, ARCHIVED -> this;
        };
    }

    /** Whether the signatory has signed the contract by the time a case is in this status. */
    boolean contractSigned() {
        return switch (this) {
            case AUTOMATIC_REVIEW, UNDER_MANUAL_REVIEW, ACTIVE, DECLINED -> true;
            default -> false;
        };
    }

    /**
     * A plausible history that ends in {@code target}, for demo data: the normal path up to it, with a manual review
     * before a decline and an automatic review before an error. An archived case was given up while waiting for
     * details.
     */
    static List<CaseStatus> historyTo(CaseStatus target, boolean requireContractSigning) {
        List<CaseStatus> path = new ArrayList<>();
        if (target == ARCHIVED) {
            return List.of(WAITING_FOR_DETAILS, ARCHIVED);
        }
        CaseStatus stop = switch (target) {
            case DECLINED, UNDER_MANUAL_REVIEW, ERROR -> AUTOMATIC_REVIEW;
            default -> target;
        };
        CaseStatus s = INITIAL;
        path.add(s);
        while (s != stop && s != ACTIVE) {
            s = s.next(requireContractSigning);
            path.add(s);
        }
        switch (target) {
            case DECLINED -> {
                path.add(UNDER_MANUAL_REVIEW);
                path.add(DECLINED);
            }
            case UNDER_MANUAL_REVIEW, ERROR -> path.add(target);
            default -> {
            }
        }
        return path;
    }
}
