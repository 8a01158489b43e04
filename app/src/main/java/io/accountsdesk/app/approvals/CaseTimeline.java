package io.accountsdesk.app.approvals;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.client.approvals.CddCase;
import io.accountsdesk.client.approvals.CddEvent;
import io.accountsdesk.ui.StatusVocabulary;
import io.accountsdesk.ui.TimelineEvent;
import io.accountsdesk.ui.TimelineLane;
import io.accountsdesk.ui.TimelineSpan;
import io.accountsdesk.ui.Tone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A CDD case's history as one lane of the framework's timeline: a span per status (how long the case sat in it,
 * the last one open) and a mark per event, errors in the danger tone.
 */
final class CaseTimeline {

    private CaseTimeline() {
    }

    static TimelineLane lane(String name, CddCase cddCase, Messages messages) {
        StatusVocabulary statuses = Vocabularies.caseStatuses(messages);
        List<TimelineSpan> spans = new ArrayList<>();
        List<TimelineEvent> marks = new ArrayList<>();
        String current = null;
        Instant start = null;
        for (CddEvent event : cddCase.events() == null ? List.<CddEvent>of() : cddCase.events()) {
            if (event == null || event.createdAt() == null) {
                continue;
            }
            Instant at = event.createdAt().toInstant();
            String status = event.caseStatus() == null ? current : event.caseStatus().value();
            if (status != null && !status.equals(current)) {
                if (current != null) {
                    spans.add(new TimelineSpan(start, at, statuses.labelOf(current), statuses.toneOf(current)));
                }
                current = status;
                start = at;
            }
            String label = Vocabularies.word(messages, "approvals.event.", event.event());
            marks.add(new TimelineEvent(at, label == null ? statuses.labelOf(status) : label,
                    event.error() == null ? statuses.labelOf(status) : event.error(),
                    event.error() == null ? Tone.NEUTRAL : Tone.DANGER));
        }
        if (current != null) {
            boolean over = ReviewStatuses.isFinal(current);
            // A final status is where the case ended, not time it is still waiting: it is shown as a point.
            spans.add(new TimelineSpan(start, over ? start : null, statuses.labelOf(current),
                    statuses.toneOf(current)));
        }
        return new TimelineLane(name, spans, marks);
    }
}
