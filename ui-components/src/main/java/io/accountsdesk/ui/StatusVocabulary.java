package io.accountsdesk.ui;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How raw status words become what a badge shows: the words (usually a translation) and the tone. The components
 * know no status vocabulary of their own; the application injects one per kind of status (connection statuses,
 * account progressions…), so a new word from the server still shows, just in a neutral colour.
 *
 * @param label turns a non-null status into the words shown
 * @param tone  picks the tone of a non-null status
 */
public record StatusVocabulary(Function<String, String> label, Function<String, Tone> tone) {

    public StatusVocabulary {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tone, "tone");
    }

    /** Shows the word itself, tidied ("waiting_for_bank" → "Waiting for bank"), always in the neutral tone. */
    public static StatusVocabulary plain() {
        return new StatusVocabulary(StatusVocabulary::tidy, status -> Tone.NEUTRAL);
    }

    /**
     * Plain words, with tones looked up case-insensitively in {@code tones}; words not in the map stay neutral. The
     * map is copied, so later changes to it do not leak in.
     */
    public static StatusVocabulary withTones(Map<String, Tone> tones) {
        Map<String, Tone> byWord = new HashMap<>();
        tones.forEach((word, tone) -> byWord.put(word.toLowerCase(Locale.ROOT), tone));
        return plain().withTone(status -> byWord.getOrDefault(status.toLowerCase(Locale.ROOT), Tone.NEUTRAL));
    }

    /** The same tones with other words, e.g. a translation. */
    public StatusVocabulary withLabel(Function<String, String> newLabel) {
        return new StatusVocabulary(newLabel, tone);
    }

    /** The same words with other tones. */
    public StatusVocabulary withTone(Function<String, Tone> newTone) {
        return new StatusVocabulary(label, newTone);
    }

    /** The words for {@code status}; never null, so a missing status shows as nothing rather than "null". */
    public String labelOf(String status) {
        if (status == null) {
            return "";
        }
        return Objects.requireNonNullElse(label.apply(status), "");
    }

    /** The tone for {@code status}; a missing status or tone is neutral. */
    public Tone toneOf(String status) {
        if (status == null) {
            return Tone.NEUTRAL;
        }
        return Objects.requireNonNullElse(tone.apply(status), Tone.NEUTRAL);
    }

    /**
     * Underscores become spaces and the first letter is capitalised. A word in capitals only ("CLOSED") is an enum
     * constant rather than an acronym, so it is lowered first to read as "Closed".
     */
    static String tidy(String status) {
        String words = status.replace('_', ' ').strip();
        if (words.isEmpty()) {
            return words;
        }
        if (words.equals(words.toUpperCase(Locale.ROOT))) {
            words = words.toLowerCase(Locale.ROOT);
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
