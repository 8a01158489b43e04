package io.accountsdesk.app.core.forms;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The Nordic organisation numbers and their check digits: Norway (9 digits, MOD 11), Sweden (10 digits, Luhn), Denmark
 * (CVR, 8 digits, weighted sum divisible by 11) and Finland (Y-tunnus, 7 digits and a MOD 11 check). Numbers of other
 * countries are not judged. Separators and the prefixes and suffixes people type ({@code NO}, {@code MVA},
 * {@code SE}…{@code 01}, {@code FI}, {@code DK}) are allowed.
 */
public final class OrganisationNumbers {

    /** The countries whose numbers can be checked, each with its rule on the bare digits. */
    private static final Map<String, Predicate<String>> RULES = Map.of(
            "NO", OrganisationNumbers::norwegian,
            "SE", OrganisationNumbers::swedish,
            "DK", OrganisationNumbers::danish,
            "FI", OrganisationNumbers::finnish);

    private OrganisationNumbers() {
    }

    /** Whether numbers of {@code country} (ISO 3166 alpha-2) can be checked here. */
    public static boolean knows(String country) {
        return country != null && RULES.containsKey(country.toUpperCase(Locale.ROOT));
    }

    /** Whether {@code number} is well formed for {@code country}; always true for a country this class does not know. */
    public static boolean isValid(String country, String number) {
        if (!knows(country)) {
            return true;
        }
        String upper = country.toUpperCase(Locale.ROOT);
        return RULES.get(upper).test(digits(upper, number));
    }

    /** The digits that carry the number, without separators, country prefix or VAT suffix. */
    static String digits(String country, String number) {
        if (number == null) {
            return "";
        }
        String text = number.toUpperCase(Locale.ROOT).replaceAll("[\\s.\\-]", "");
        if (text.startsWith(country)) {
            text = text.substring(country.length());
        }
        if (country.equals("NO") && text.endsWith("MVA")) {
            text = text.substring(0, text.length() - 3);
        }
        if (country.equals("SE") && text.length() == 12 && text.endsWith("01")) {
            text = text.substring(0, 10); // a Swedish VAT number is the org. number followed by 01
        }
        return text;
    }

    private static boolean norwegian(String d) {
        return d.matches("\\d{9}") && mod11(d, new int[] {3, 2, 7, 6, 5, 4, 3, 2}) == d.charAt(8) - '0';
    }

    private static boolean swedish(String d) {
        if (!d.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = d.charAt(i) - '0';
            int weighted = i % 2 == 0 ? digit * 2 : digit;
            sum += weighted > 9 ? weighted - 9 : weighted;
        }
        return sum % 10 == 0;
    }

    private static boolean danish(String d) {
        return d.matches("[1-9]\\d{7}") && weightedSum(d, new int[] {2, 7, 6, 5, 4, 3, 2, 1}) % 11 == 0;
    }

    private static boolean finnish(String d) {
        if (!d.matches("\\d{8}")) {
            return false;
        }
        int remainder = weightedSum(d, new int[] {7, 9, 10, 5, 8, 4, 2}) % 11;
        if (remainder == 1) {
            return false;
        }
        int check = remainder == 0 ? 0 : 11 - remainder;
        return check == d.charAt(7) - '0';
    }

    /** 11 − (weighted sum mod 11), where 11 means 0 and 10 means no digit fits. */
    private static int mod11(String d, int[] weights) {
        int check = 11 - weightedSum(d, weights) % 11;
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }

    private static int weightedSum(String d, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (d.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
