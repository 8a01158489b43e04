package io.accountsdesk.app.approvals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Dintero's Backoffice reminds a signatory who has not acted after 24 hours, 2 days, 1 week, 2 weeks and 4 weeks.
 * Knowing which reminder is next, and when, lets a reviewer chase the stall before the e-mail goes out.
 */
public final class ReminderSchedule {

    public static final List<Duration> STEPS = List.of(Duration.ofHours(24), Duration.ofDays(2), Duration.ofDays(7),
            Duration.ofDays(14), Duration.ofDays(28));

    /**
     * The next reminder for a case that has waited {@code waited} in its status.
     *
     * @param after how long after the case entered its status the reminder goes out (one of {@link #STEPS})
     * @param in    how long from now
     */
    public record Next(Duration after, Duration in) {
    }

    private ReminderSchedule() {
    }

    /** The next reminder, or empty when the last one has gone out or the status is not the signatory's to act on. */
    public static Optional<Next> next(String status, Duration waited) {
        if (waited == null || status == null || !ReviewStatuses.AWAITING_SIGNATORY.contains(status)) {
            return Optional.empty();
        }
        return STEPS.stream().filter(step -> step.compareTo(waited) > 0).findFirst()
                .map(step -> new Next(step, step.minus(waited)));
    }
}
