package io.accountsdesk.sandbox.demo;

import java.util.Locale;

/**
 * Organisation numbers that pass their country's check digit, so the app's validation (and anyone pasting one
 * into a registry lookup form) sees well-formed numbers. Formats are the ones each country prints.
 */
public final class OrgNumbers {

    private static final int[] NO_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] DK_WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};
    private static final int[] FI_WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private OrgNumbers() {
    }

    /** Whether {@code number} (as printed, or digits only) is a valid organisation number in {@code countryCode}. */
    public static boolean isValid(String countryCode, String number) {
        if (number == null) {
            return false;
        }
        String digits = number.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d+")) {
            return false;
        }
        return switch (countryCode.toUpperCase(Locale.ROOT)) {
            case "NO" -> digits.length() == 9 && norwayCheck(digits.substring(0, 8)) == digits.charAt(8) - '0';
            case "SE" -> digits.length() == 10 && luhnCheck(digits.substring(0, 9)) == digits.charAt(9) - '0';
            case "DK" -> digits.length() == 8 && digits.charAt(0) != '0'
                    && CheckDigits.weighted(digits, DK_WEIGHTS) % 11 == 0;
            case "FI" -> digits.length() == 8 && finlandCheck(digits.substring(0, 7)) == digits.charAt(7) - '0';
            default -> false;
        };
    }

    /** Norway: MOD11 with weights 3,2,7,6,5,4,3,2; remainder 0 → 0, a computed 10 means no valid number. */
    static int norwayCheck(String eightDigits) {
        return CheckDigits.mod11(eightDigits, NO_WEIGHTS);
    }

    /** Sweden: Luhn over the first nine digits. */
    static int luhnCheck(String nineDigits) {
        return CheckDigits.luhn(nineDigits);
    }

    /** Finland (Y-tunnus): weights 7,9,10,5,8,4,2; remainder 0 → 0, remainder 1 means no valid number, else 11 − r. */
    static int finlandCheck(String sevenDigits) {
        int remainder = CheckDigits.weighted(sevenDigits, FI_WEIGHTS) % 11;
        return remainder == 0 ? 0 : remainder == 1 ? -1 : 11 - remainder;
    }

    /** A fresh valid number in the country's printed format; draws again whenever the check digit is impossible. */
    static String generate(Country country, DemoRandom r) {
        while (true) {
            switch (country) {
                case NO -> {
                    // Norwegian legal entities are numbered from 8xx xxx xxx and 9xx xxx xxx.
                    String body = r.pick(java.util.List.of("8", "9")) + r.digits(7);
                    int check = norwayCheck(body);
                    if (check >= 0) {
                        return body + check;
                    }
                }
                case SE -> {
                    // 5 = aktiebolag; the third digit is at least 2 so the number can never be read as a birth date.
                    String body = "5" + r.digits(1) + r.between(2, 9) + r.digits(6);
                    String digits = body + luhnCheck(body);
                    return digits.substring(0, 6) + "-" + digits.substring(6);
                }
                case DK -> {
                    String body = r.between(1, 9) + r.digits(6);
                    int partial = 0;
                    for (int i = 0; i < 7; i++) {
                        partial += (body.charAt(i) - '0') * DK_WEIGHTS[i];
                    }
                    int check = (11 - partial % 11) % 11;
                    if (check < 10) {
                        return body + check;
                    }
                }
                case FI -> {
                    String body = r.between(1, 3) + r.digits(6);
                    int check = finlandCheck(body);
                    if (check >= 0) {
                        return body + "-" + check;
                    }
                }
            }
        }
    }
}
