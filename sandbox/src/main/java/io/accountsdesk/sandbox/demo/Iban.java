package io.accountsdesk.sandbox.demo;

import java.math.BigInteger;

/** Bank account numbers as IBANs with correct check digits, so payout screens can validate them. */
final class Iban {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    static String generate(Country country, DemoRandom r) {
        String bban = switch (country) {
            case NO -> norwegianAccount(r);
            case SE -> r.pick(java.util.List.of("500", "800", "300", "600", "950")) + r.digits(17);
            case DK -> r.digits(14);
            case FI -> r.digits(14);
        };
        return country.code() + checkDigits(country.code(), bban) + bban;
    }

    /** Norwegian account numbers carry their own MOD11 digit (weights 5,4,3,2,7,6,5,4,3,2). */
    private static String norwegianAccount(DemoRandom r) {
        int[] weights = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            String body = r.pick(java.util.List.of("1503", "3000", "1254", "9710", "1822", "8601")) + r.digits(6);
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                sum += (body.charAt(i) - '0') * weights[i];
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                return body + "0";
            }
            if (check < 10) {
                return body + check;
            }
        }
    }

    static String checkDigits(String countryCode, String bban) {
        int check = 98 - numeric(bban + countryCode + "00").mod(NINETY_SEVEN).intValue();
        return check < 10 ? "0" + check : Integer.toString(check);
    }

    static boolean isValid(String iban) {
        String compact = iban.replace(" ", "");
        return compact.length() > 4 && numeric(compact.substring(4) + compact.substring(0, 4)).mod(NINETY_SEVEN).intValue() == 1;
    }

    private static BigInteger numeric(String text) {
        StringBuilder digits = new StringBuilder();
        for (char ch : text.toCharArray()) {
            digits.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
        }
        return new BigInteger(digits.toString());
    }
}
