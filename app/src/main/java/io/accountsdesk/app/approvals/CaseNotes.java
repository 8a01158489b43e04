package io.accountsdesk.app.approvals;

import io.accountsdesk.client.accounts.AccountEvent;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes and assignments on cases are the account's own events (private comments), so every reviewer and every other
 * tool sees who did what, in the account's log. Their first words name the case in a fixed form the queue reads back:
 * {@code Approvals: payments/<id> assigned to <reviewer>} and {@code Approvals: note on payments/<id>: <text>}.
 */
public final class CaseNotes {

    private static final Pattern ASSIGNED = Pattern.compile("^Approvals: (\\w+)/(\\S+) assigned to (.+)$");

    private CaseNotes() {
    }

    public static String assignment(CaseKind kind, String caseId, String reviewer) {
        return "Approvals: " + kind.id() + "/" + caseId + " assigned to " + reviewer;
    }

    public static String note(CaseKind kind, String caseId, String text) {
        return "Approvals: note on " + kind.id() + "/" + caseId + ": " + text.strip();
    }

    /** Who each case ({@code payments/<id>}) is assigned to now: the latest assignment in the events wins. */
    public static Map<String, String> assignees(List<AccountEvent> events) {
        Map<String, String> byCase = new LinkedHashMap<>();
        events.stream().filter(e -> e != null && e.body() != null)
                .sorted(Comparator.comparing(AccountEvent::createdAt,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(event -> {
                    Matcher m = ASSIGNED.matcher(event.body().strip());
                    if (m.matches() && CaseKind.of(m.group(1)) != null) {
                        byCase.put(m.group(1) + "/" + m.group(2), m.group(3).strip());
                    }
                });
        byCase.values().removeIf(Objects::isNull);
        return byCase;
    }
}
