package io.accountsdesk.sandbox.demo;

import java.math.BigInteger;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The check-digit arithmetic behind every generated number, shared by the demo accounts, their approvals and the
 * screening registers: weighted sums, MOD 11, Luhn, IBAN check digits (ISO 13616) and Norwegian account numbers.
 * Each caller draws its digits from its own random source; nothing here draws any.
 */
public final class CheckDigits {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);
    private static final int[] NORWEGIAN_ACCOUNT_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private CheckDigits() {
    }

    /** The sum of each of the first {@code weights.length} digits times its weight. */
    public static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    /** MOD 11 with {@code weights}: 11 − (sum mod 11), 11 → 0, and −1 when the result would be 10 (no valid digit). */
    public static int mod11(String digits, int[] weights) {
        int check = 11 - weighted(digits, weights) % 11;
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }

    /** The Luhn digit to append to {@code digits} (doubling every second digit from the right, starting with the last). */
    public static int luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * A Norwegian account number: 11 digits whose last is a MOD 11 digit (weights 5,4,3,2,7,6,5,4,3,2). Asks
     * {@code tenDigits} for a registration number and account body until one has a valid check digit.
     */
    public static String norwegianAccount(Supplier<String> tenDigits) {
        while (true) {
            String body = tenDigits.get();
            int check = mod11(body, NORWEGIAN_ACCOUNT_WEIGHTS);
            if (check >= 0) {
                return body + check;
            }
        }
    }

    /** ISO 13616: country + check digits + BBAN, where the check makes the rearranged number ≡ 1 (mod 97). */
    public static String iban(String countryCode, String bban) {
        int check = 98 - numeric(bban + countryCode + "00").mod(NINETY_SEVEN).intValue();
        return countryCode + (check < 10 ? "0" + check : Integer.toString(check)) + bban;
    }

    /** Whether an IBAN (spaces allowed) has right check digits. */
    public static boolean validIban(String iban) {
        String compact = iban.replace(" ", "");
        return compact.length() > 4
                && numeric(compact.substring(4) + compact.substring(0, 4)).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** Letters as 10..35, digits as they are. */
    private static BigInteger numeric(String text) {
        StringBuilder digits = new StringBuilder();
        for (char ch : text.toUpperCase(Locale.ROOT).toCharArray()) {
            digits.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
        }
        return new BigInteger(digits.toString());
    }
}
