package io.accountsdesk.sandbox.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what people type into what the registers compare. Two spellings of one merchant ("Kjøkkenet Bergen AS",
 * "KJOKKENET BERGEN", "Kjøkkenet-Bergen A/S") must come out the same, or the exact indicator would depend on
 * keyboards rather than on the merchant.
 */
public final class Normalize {

    /**
     * Company-form words dropped from either end of a name, so "Fjordlys AS" and "Fjordlys" are the same merchant:
     * Norway (AS, ASA, ANS, DA, ENK, NUF, SA, BA), Sweden (AB, HB, KB, EK FÖR), Denmark (A/S, ApS, I/S, K/S, P/S, IVS,
     * AMBA), Finland (Oy, Oyj, Ky, Tmi, Ay; Ab for Swedish-speaking firms), and the common foreign ones (Ltd, Limited,
     * PLC, LLP, LLC, Inc, Corp, Co, GmbH, AG, KG, UG, BV, NV, SARL, SAS, SRL, Sp. z o.o.).
     */
    static final Set<String> LEGAL_FORMS = Set.of(
            "as", "asa", "ans", "da", "enk", "nuf", "sa", "ba",
            "ab", "hb", "kb", "ekfor",
            "aps", "is", "ks", "ps", "ivs", "amba",
            "oy", "oyj", "ky", "tmi", "ay",
            "ltd", "limited", "plc", "llp", "llc", "inc", "corp", "co", "gmbh", "ag", "kg", "ug", "bv", "nv",
            "sarl", "sas", "srl", "spzoo");

    /**
     * Street words written in several ways. Norwegian "gate"/"gata"/"gt.", "veien"/"vegen"/"vn.", Swedish "gatan" and
     * "vägen", Danish "gade", German "Straße"/"Strasse"/"Str." and English "Street"/"Road"/"Avenue" each become one
     * form, so "Storgt. 5" meets "Storgata 5". Countries are compared separately, so the Swedish and Norwegian forms
     * sharing a spelling does not join addresses across borders.
     */
    private static final Map<String, String> STREET_WORDS = Map.ofEntries(
            Map.entry("gate", "gata"), Map.entry("gt", "gata"), Map.entry("gaten", "gata"), Map.entry("gatan", "gata"),
            Map.entry("gade", "gata"),
            Map.entry("veien", "vei"), Map.entry("vegen", "vei"), Map.entry("vn", "vei"), Map.entry("veg", "vei"),
            Map.entry("vagen", "vag"), Map.entry("strasse", "str"), Map.entry("street", "st"), Map.entry("road", "rd"),
            Map.entry("avenue", "ave"));

    /** Longest first, so "gatan" is not read as "gata" + "n". */
    private static final List<String> STREET_SUFFIXES = List.of("strasse", "gaten", "gatan", "veien", "vegen", "vagen",
            "gata", "gate", "gade", "str", "gt", "vn");

    private Normalize() {
    }

    /**
     * Lower case, diacritics folded the Nordic way (æ → ae, ø → o, å → a, ä → a, ö → o, ß → ss, þ → th, ð → d), and
     * every run of punctuation or space turned into one space. {@code null} becomes "".
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "o").replace("œ", "oe").replace("ß", "ss")
                .replace("þ", "th").replace("ð", "d").replace("ł", "l").replace("đ", "d");
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        // Slashed and dotted legal forms become one word before punctuation splits them apart.
        stripped = SLASHED_FORM.matcher(stripped).replaceAll("$1s");
        stripped = POLISH_FORM.matcher(stripped).replaceAll(" spzoo ");
        stripped = SWEDISH_ASSOCIATION.matcher(stripped).replaceAll(" ekfor ");
        stripped = DOTTED_PAIR.matcher(stripped).replaceAll("$1$2");
        return NOT_ALPHANUMERIC.matcher(stripped).replaceAll(" ").trim();
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** A/S, I/S, K/S, P/S. */
    private static final Pattern SLASHED_FORM = Pattern.compile("\\b([aikp])\\s*/\\s*s\\b");
    /** Sp. z o.o. */
    private static final Pattern POLISH_FORM = Pattern.compile("\\bsp\\.?\\s*z\\s*o\\.?\\s*o\\.?");
    /** Ek. för. (ekonomisk förening, already without its diacritics). */
    private static final Pattern SWEDISH_ASSOCIATION = Pattern.compile("\\bek\\.?\\s*for\\.?(?=\\s|$)");
    /** B.V., N.V., S.A.: two dotted letters become one word. */
    private static final Pattern DOTTED_PAIR = Pattern.compile("\\b([a-z])\\.\\s?([a-z])\\.?(?=\\s|$)");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");

    /**
     * A person's name as words. No legal-form words are taken off: "Åsa" folds to "asa", the Norwegian ASA, and
     * "Sa", "Da" and "Ba" are names too.
     */
    public static List<String> personWords(String name) {
        return words(fold(name));
    }

    /** A company's name as words, without legal-form words at either end. */
    public static List<String> nameWords(String name) {
        List<String> words = words(fold(name));
        while (!words.isEmpty() && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        while (!words.isEmpty() && LEGAL_FORMS.contains(words.get(0))) {
            words.remove(0);
        }
        return words;
    }

    /**
     * A street line as words, with street words in one spelling and a street word written onto the name split off
     * ("storgata" → "stor gata"), so "Storgata 5", "Stor gate 5" and "Storgt. 5" compare equal.
     */
    public static List<String> streetWords(String line) {
        List<String> out = new ArrayList<>();
        for (String word : words(fold(line))) {
            String suffix = null;
            for (String s : STREET_SUFFIXES) {
                if (word.length() > s.length() + 2 && word.endsWith(s)) {
                    suffix = s;
                    break;
                }
            }
            if (suffix != null) {
                out.add(word.substring(0, word.length() - suffix.length()));
                word = suffix;
            }
            out.add(STREET_WORDS.getOrDefault(word, word));
        }
        return out;
    }

    /** Only the digits: phone numbers, tax ids and national ids are compared this way. */
    public static String digits(String text) {
        return text == null ? "" : NOT_DIGIT.matcher(text).replaceAll("");
    }

    /** Letters and digits, upper case: postal codes ("111 22" = "11122") and licence numbers. */
    public static String alphanumeric(String text) {
        return text == null ? "" : fold(text).replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /**
     * A web address without scheme, "www.", query, fragment and trailing slash, lower case:
     * "https://www.Fjordlys.no/" → "fjordlys.no".
     */
    public static String url(String url) {
        if (url == null) {
            return "";
        }
        String u = url.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        u = u.replaceFirst("[?#].*$", "").replaceFirst("^www\\d?\\.", "");
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    /** The site's own name in a web address: "fjordlys-kafe" for "https://www.fjordlys-kafe.no/meny". */
    public static String siteName(String url) {
        String host = url(url).replaceFirst("/.*$", "").replaceFirst(":\\d+$", "");
        String[] labels = host.split("\\.");
        if (labels.length >= 3 && labels[labels.length - 2].matches("co|com|org|net|ac|gov")) {
            return labels[labels.length - 3];
        }
        return labels.length >= 2 ? labels[labels.length - 2] : host;
    }

    private static List<String> words(String folded) {
        return folded.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(folded.split(" ")));
    }
}
