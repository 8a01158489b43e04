package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.DurationText;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.Connection;
import io.accountsdesk.client.accounts.ConnectionEvent;
import io.accountsdesk.ui.StatusVocabulary;
import io.accountsdesk.ui.TimelineEvent;
import io.accountsdesk.ui.TimelineLane;
import io.accountsdesk.ui.TimelineSpan;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every payment connection of an account on one time axis: a lane per provider, a span per status it was in (how
 * long it waited as {@code pending}, since when it is {@code enabled}), and a mark per event. Consecutive events with
 * the same status make one span, so the bar says how long the status lasted, not how often it was repeated.
 */
final class ConnectionTimeline {

    /** Where a connection stands now and since when, for the list under the timeline, with the words to show. */
    record Standing(String connection, String status, Instant since, Duration duration, String sinceText,
                    String durationText) {
    }

    private ConnectionTimeline() {
    }

    static List<TimelineLane> lanes(Account account, Messages messages) {
        StatusVocabulary statuses = Vocabularies.statuses(messages);
        List<TimelineLane> lanes = new ArrayList<>();
        for (Map.Entry<String, Connection> entry : connections(account).entrySet()) {
            lanes.add(lane(entry.getKey(), entry.getValue(), statuses, messages));
        }
        return lanes;
    }

    static List<Standing> standings(Account account, Instant now, Messages messages, ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone);
        List<Standing> list = new ArrayList<>();
        for (Map.Entry<String, Connection> entry : connections(account).entrySet()) {
            Connection connection = entry.getValue();
            String status = connection.status() == null ? null : connection.status().value();
            Instant since = sinceOfCurrentStatus(connection);
            Duration duration = since == null ? null : Duration.between(since, now.isBefore(since) ? since : now);
            list.add(new Standing(entry.getKey(), status, since, duration,
                    since == null ? null : format.format(since), DurationText.of(duration, messages)));
        }
        return list;
    }

    /** The connections, with PayEx's nested card connection as a lane of its own. */
    private static Map<String, Connection> connections(Account account) {
        Map<String, Connection> all = new java.util.LinkedHashMap<>();
        account.connections().forEach((name, connection) -> {
            all.put(name, connection);
            if (connection.creditcard() != null) {
                all.put(name + ".creditcard", connection.creditcard());
            }
        });
        return all;
    }

    private static List<ConnectionEvent> ordered(Connection connection) {
        return connection.events().stream()
                .filter(event -> event.createdAt() != null)
                .sorted(Comparator.comparing(ConnectionEvent::createdAt))
                .toList();
    }

    private static TimelineLane lane(String name, Connection connection, StatusVocabulary statuses,
                                     Messages messages) {
        List<ConnectionEvent> events = ordered(connection);
        List<TimelineSpan> spans = new ArrayList<>();
        List<TimelineEvent> marks = new ArrayList<>();
        String spanStatus = null;
        Instant spanStart = null;
        for (ConnectionEvent event : events) {
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
            marks.add(new TimelineEvent(at, label, event.description(), statuses.toneOf(status)));
        }
        String current = connection.status() == null ? spanStatus : connection.status().value();
        if (spanStatus == null && connection.createdAt() != null && current != null) {
            // A connection with no history still has a status and an age.
            spanStatus = current;
            spanStart = connection.createdAt().toInstant();
        }
        if (spanStatus != null) {
            spans.add(new TimelineSpan(spanStart, null, statuses.labelOf(spanStatus), statuses.toneOf(spanStatus)));
        }
        return new TimelineLane(name, spans, marks);
    }

    /** When the connection entered the status it has now: the first event of the last run of that status. */
    private static Instant sinceOfCurrentStatus(Connection connection) {
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
}
