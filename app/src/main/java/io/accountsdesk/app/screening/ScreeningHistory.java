package io.accountsdesk.app.screening;

import io.accountsdesk.client.accounts.AccountEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An account's screenings as its event log holds them, newest first: the inquiries, and the decisions, of which the
 * newest is the current one and every earlier one is superseded (never changed).
 */
record ScreeningHistory(List<Entry> inquiries, List<Entry> decisions) {

    /** One screening event with who wrote it and when. */
    record Entry(String eventId, Instant at, String by, ScreeningEvent event) {
    }

    ScreeningHistory {
        inquiries = List.copyOf(inquiries);
        decisions = List.copyOf(decisions);
    }

    static final ScreeningHistory EMPTY = new ScreeningHistory(List.of(), List.of());

    /** The screening events among {@code events}, in the order given (the server's: newest first). */
    static ScreeningHistory of(List<AccountEvent> events) {
        List<Entry> inquiries = new ArrayList<>();
        List<Entry> decisions = new ArrayList<>();
        for (AccountEvent event : events) {
            ScreeningEvent.parse(event.body()).ifPresent(parsed -> {
                Entry entry = new Entry(event.id(), event.createdAt() == null ? null : event.createdAt().toInstant(),
                        event.createdBy(), parsed);
                (parsed instanceof ScreeningEvent.Decision ? decisions : inquiries).add(entry);
            });
        }
        return new ScreeningHistory(inquiries, decisions);
    }

    /** When the account was last screened (its newest inquiry), or {@code null} if never. */
    Instant lastScreened() {
        return inquiries.stream().map(Entry::at).filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(null);
    }
}
