package io.accountsdesk.app.screening;

import io.accountsdesk.app.core.Messages;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What screening keeps in an account's event log. The seed's only kind of event is a private comment, so a screening
 * is a comment: a first line in the reader's words, and a last line the app reads back
 * ({@code [screening kind=decision outcome=escalate register=match ref=19962026120700001]}). The words may change
 * language; the tag does not, so a history written in Norwegian still reads in English.
 */
sealed interface ScreeningEvent permits ScreeningEvent.Inquiry, ScreeningEvent.Decision {

    Pattern TAG = Pattern.compile("^\\[screening((?: [a-z]+=[^\\s\\]]*)+)]$");
    Pattern PAIR = Pattern.compile(" ([a-z]+)=([^\\s\\]]*)");

    Register register();

    /** The IRN (MATCH) or the search's reference (VMSS) the event is about. */
    String reference();

    String body(Messages messages);

    /**
     * A search was made and its reference kept: MATCH's IRN can be opened again, VMSS's is kept as evidence.
     *
     * @param sent the merchant as sent, as the request's JSON on one line, or {@code null}: MATCH answers an IRN with
     *             the listings only, so what they were compared with is kept here, for the grid when it is reopened
     */
    record Inquiry(Register register, String reference, int total, String sent) implements ScreeningEvent {

        Inquiry(Register register, String reference, int total) {
            this(register, reference, total, null);
        }

        @Override
        public String body(Messages messages) {
            return messages.format("screening.event.inquiry", register.name(), reference, total) + "\n"
                    + (sent == null ? "" : "[screening-sent " + sent + "]\n")
                    + "[screening kind=inquiry register=" + register.id() + " ref=" + reference + " total=" + total + "]";
        }
    }

    /** A reviewer's decision on a screening; never changed, only followed by a later one. */
    record Decision(Outcome outcome, Register register, String reference, String reason) implements ScreeningEvent {
        @Override
        public String body(Messages messages) {
            return messages.format("screening.event.decision", messages.get("screening.outcome." + outcome.id()),
                    register.name(), reference) + "\n" + reason.strip() + "\n"
                    + "[screening kind=decision outcome=" + outcome.id() + " register=" + register.id() + " ref="
                    + reference + "]";
        }
    }

    /** The screening an event's body records, if it is one the app wrote. */
    static Optional<ScreeningEvent> parse(String body) {
        if (body == null) {
            return Optional.empty();
        }
        List<String> lines = Arrays.asList(body.strip().split("\\R"));
        Matcher tag = TAG.matcher(lines.get(lines.size() - 1).strip());
        if (lines.size() < 2 || !tag.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        Matcher pair = PAIR.matcher(tag.group(1));
        while (pair.find()) {
            values.put(pair.group(1), pair.group(2));
        }
        String ref = values.get("ref");
        if (ref == null || ref.isEmpty()) {
            return Optional.empty();
        }
        Register register = Register.of(values.get("register"));
        return switch (values.getOrDefault("kind", "")) {
            case "inquiry" -> Optional.of(new Inquiry(register, ref, integer(values.get("total")), sent(lines)));
            case "decision" -> Outcome.of(values.get("outcome")).map(outcome -> new Decision(outcome, register, ref,
                    String.join("\n", lines.subList(1, lines.size() - 1)).strip()));
            default -> Optional.empty();
        };
    }

    /** The {@code [screening-sent …]} line's JSON, if the event has one. */
    private static String sent(List<String> lines) {
        for (String line : lines) {
            String text = line.strip();
            if (text.startsWith(SENT_PREFIX) && text.endsWith("]")) {
                return text.substring(SENT_PREFIX.length(), text.length() - 1);
            }
        }
        return null;
    }

    String SENT_PREFIX = "[screening-sent ";

    private static int integer(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
