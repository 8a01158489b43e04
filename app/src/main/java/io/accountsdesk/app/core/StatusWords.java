package io.accountsdesk.app.core;

import java.util.function.Function;

/** Translates status words for badges; a word without a translation shows as the server sent it. */
public final class StatusWords {

    private StatusWords() {
    }

    /** Connection, service and feature statuses ({@code pending}, {@code enabled}…). */
    public static Function<String, String> statuses(Messages messages) {
        return words(messages, "status.");
    }

    /** Account progressions ({@code applied}, {@code live}…). */
    public static Function<String, String> progressions(Messages messages) {
        return words(messages, "progression.");
    }

    private static Function<String, String> words(Messages messages, String prefix) {
        return word -> word == null ? "" : messages.has(prefix + word) ? messages.get(prefix + word) : word;
    }
}
