package io.accountsdesk.app.screening;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a reviewer decided about a screening. */
enum Outcome {
    /** Nothing found, or what was found is another merchant: onboarding may go on. */
    CLEAR,
    /** Someone with more authority must look: onboarding waits. */
    ESCALATE,
    /** The merchant is the listed one, or too close to it: no agreement. */
    DECLINE;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Outcome> of(String id) {
        return Arrays.stream(values()).filter(o -> o.id().equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
    }
}
