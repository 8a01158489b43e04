package io.accountsdesk.sandbox.demo;

import java.util.List;

/** Bank account numbers as IBANs with correct check digits, so payout screens can validate them. */
final class Iban {

    private Iban() {
    }

    static String generate(Country country, DemoRandom r) {
        String bban = switch (country) {
            case NO -> CheckDigits.norwegianAccount(
                    () -> r.pick(List.of("1503", "3000", "1254", "9710", "1822", "8601")) + r.digits(6));
            case SE -> r.pick(List.of("500", "800", "300", "600", "950")) + r.digits(17);
            case DK -> r.digits(14);
            case FI -> r.digits(14);
        };
        return CheckDigits.iban(country.code(), bban);
    }
}
