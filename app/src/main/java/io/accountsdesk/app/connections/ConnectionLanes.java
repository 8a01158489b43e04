package io.accountsdesk.app.connections;

import io.accountsdesk.app.core.DurationText;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.client.accounts.Connection;
import io.accountsdesk.client.accounts.ConnectionEvent;
import io.accountsdesk.client.accounts.ConnectionHistory;
import io.accountsdesk.ui.StatusVocabulary;
import io.accountsdesk.ui.TimelineEvent;
import io.accountsdesk.ui.TimelineLane;
import io.accountsdesk.ui.TimelineSpan;
import io.accountsdesk.ui.Tone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Connections on one time axis: a lane per provider, a span per status it was in, and a mark per event with what
 * the event carries (case ids, signature links, price package, MCC). Consecutive events with the same status make
 * one span, so a bar says how long the status lasted. A connection stuck in a status other than {@code enabled} for
 * longer than the threshold has its current span drawn in the danger tone.
 */
final class ConnectionLanes {

    /** Metadata keys worth showing first, in this order; the rest follow as the server sent them. */
    private static final List<String> FIRST = List.of("case_id", "signature_url", "signature_link", "price_package",
            "mcc", "callback_reference");

    private ConnectionLanes() {
    }

    /** The account document's connections, with PayEx's nested card connection as one of its own. */
    static Map<String, ConnectionHistory> of(Map<String, Connection> connections) {
        Map<String, ConnectionHistory> all = new LinkedHashMap<>();
        if (connections == null) {
            return all;
        }
        connections.forEach((name, connection) -> {
            all.put(name, connection);
            if (connection.creditcard() != null) {
                all.put(name + ".creditcard", connection.creditcard());
            }
        });
        return all;
    }

    static List<ConnectionEvent> ordered(ConnectionHistory connection) {
        return connection.events().stream()
                .filter(event -> event.createdAt() != null)
                .sorted(Comparator.comparing(ConnectionEvent::createdAt))
                .toList();
    }

    static TimelineLane lane(String name, ConnectionHistory connection, Instant now, Duration stuckAfter,
                             Messages messages) {
        StatusVocabulary statuses = Vocabularies.statuses(messages);
        List<TimelineSpan> spans = new ArrayList<>();
        List<TimelineEvent> marks = new ArrayList<>();
        String spanStatus = null;
        Instant spanStart = null;
        for (ConnectionEvent event : ordered(connection)) {
            Instant at = event.createdAt().toInstant();
            String status = event.status() == null ? null : event.status().value();
            if (status != null && !status.equals(spanStatus)) {
                if (spanStatus != null) {
                    spans.add(new TimelineSpan(spanStart, at, statuses.labelOf(spanStatus), statuses.toneOf(spanStatus)));
                }
                spanStatus = status;
                spanStart = at;
            }
            String label = event.event() == null ? statuses.labelOf(status)
                    : Vocabularies.word(messages, "connections.event.", event.event());
            marks.add(new TimelineEvent(at, label, detail(event), statuses.toneOf(status)));
        }
        String current = connection.status() == null ? spanStatus : connection.status().value();
        if (spanStatus == null && connection.createdAt() != null && current != null) {
            // A connection with no history still has a status and an age.
            spanStatus = current;
            spanStart = connection.createdAt().toInstant();
        }
        if (spanStatus != null) {
            boolean stuck = isStuck(spanStatus, spanStart, now, stuckAfter);
            String label = stuck ? messages.format("connections.stuck", statuses.labelOf(spanStatus))
                    : statuses.labelOf(spanStatus);
            spans.add(new TimelineSpan(spanStart, null, label, stuck ? Tone.DANGER : statuses.toneOf(spanStatus)));
        }
        return new TimelineLane(name, spans, marks);
    }

    static boolean isStuck(String status, Instant since, Instant now, Duration stuckAfter) {
        return status != null && !"enabled".equals(status) && since != null && now != null
                && Duration.between(since, now).compareTo(stuckAfter) > 0;
    }

    /** The event's description, then what it carries, one {@code key: value} per line. */
    static String detail(ConnectionEvent event) {
        List<String> lines = new ArrayList<>();
        if (event.description() != null && !event.description().isBlank()) {
            lines.add(event.description());
        }
        Map<String, Object> metadata = event.metadata() == null ? Map.of() : event.metadata();
        FIRST.stream().filter(metadata::containsKey).forEach(key -> lines.add(key + ": " + metadata.get(key)));
        metadata.forEach((key, value) -> {
            if (!FIRST.contains(key)) {
                lines.add(key + ": " + value);
            }
        });
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** When the connection entered the status it has now: the first event of the last run of that status. */
    static Instant sinceOfCurrentStatus(ConnectionHistory connection) {
        List<ConnectionEvent> events = ordered(connection);
        String current = connection.status() == null ? null : connection.status().value();
        Instant since = null;
        for (ConnectionEvent event : events) {
            String status = event.status() == null ? null : event.status().value();
            if (status == null) {
                continue;
            }
            if (status.equals(current)) {
                if (since == null) {
                    since = event.createdAt().toInstant();
                }
            } else {
                since = null;
            }
        }
        if (since == null && connection.createdAt() != null && events.isEmpty()) {
            since = connection.createdAt().toInstant();
        }
        return since;
    }

    /** The newest event, as "what happened — description", for a list. */
    static String lastEvent(ConnectionHistory connection, Messages messages) {
        List<ConnectionEvent> events = ordered(connection);
        if (events.isEmpty()) {
            return "";
        }
        ConnectionEvent last = events.get(events.size() - 1);
        String what = last.event() == null ? "" : Vocabularies.word(messages, "connections.event.", last.event());
        return last.description() == null || last.description().isBlank() ? what
                : what + " — " + last.description();
    }

    /** A connection key's provider name in the user's language ({@code payex.creditcard}: "PayEx card"). */
    static String providerLabel(String key, Messages messages) {
        String k = "connections.provider." + key.replace('.', '_');
        return messages.has(k) ? messages.get(k) : key;
    }

    static String durationText(Duration duration, Messages messages) {
        return DurationText.of(duration, messages);
    }
}
