package io.accountsdesk.app.screening;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** Small text helpers the cards share: joining the parts of an address, and folding a name to compare it. */
final class Texts {

    private Texts() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String orNull(String value) {
        return blank(value) ? null : value.strip();
    }

    /** The non-blank parts joined with ", "; {@code null} when there are none. */
    static String join(String... parts) {
        String joined = Arrays.stream(parts).filter(part -> !blank(part)).map(String::strip)
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

    /** The non-blank parts joined with a space ("Ola K Nordmann", "5013 Bergen"); {@code null} when none. */
    static String words(String... parts) {
        String joined = Arrays.stream(parts).filter(part -> !blank(part)).map(String::strip)
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    static String joinList(List<String> parts) {
        return parts == null ? null : join(parts.stream().filter(Objects::nonNull).toArray(String[]::new));
    }

    /**
     * Lower case without diacritics, and the Nordic letters that do not decompose (ø, æ, å) spelled as their
     * neighbours do: only to pick which sent principal a listed one is compared with, never to decide a match.
     */
    static String fold(String value) {
        if (value == null) {
            return "";
        }
        String lower = value.strip().toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae").replace("ß", "ss");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** A country as MATCH writes it (ISO 3166 alpha-3) from the alpha-2 the account stores; alpha-3 is kept. */
    static String alpha3(String country) {
        if (blank(country)) {
            return null;
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (code.length() == 2) {
            try {
                return Locale.of("", code).getISO3Country();
            } catch (java.util.MissingResourceException unknown) {
                return code;
            }
        }
        return code;
    }
}
