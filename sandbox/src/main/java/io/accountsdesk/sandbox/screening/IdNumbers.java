package io.accountsdesk.sandbox.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import static io.accountsdesk.sandbox.demo.CheckDigits.luhn;
import static io.accountsdesk.sandbox.demo.CheckDigits.mod11;
import static io.accountsdesk.sandbox.demo.CheckDigits.weighted;

/**
 * Identity and tax numbers written as each country writes them, with their check digits right, so a seeded record
 * looks like a real listing and any validator the app runs on them accepts it. None is a real person's or company's:
 * they are drawn at random from a fixed seed.
 *
 * <ul>
 *   <li>Norway: fødselsnummer, 11 digits DDMMYY + individual number + two MOD 11 check digits; organisasjonsnummer,
 *       9 digits with MOD 11 (weights 3,2,7,6,5,4,3,2), VAT "NO…MVA".</li>
 *   <li>Sweden: personnummer YYMMDD-NNNC (Luhn); organisationsnummer 556NNN-NNNC (Luhn), VAT "SE…01".</li>
 *   <li>Denmark: CPR DDMMYY-SSSS (passing the classic MOD 11, weights 4,3,2,7,6,5,4,3,2,1); CVR 8 digits MOD 11
 *       (weights 2,7,6,5,4,3,2,1), VAT "DK…".</li>
 *   <li>Finland: henkilötunnus DDMMYY-ZZZQ / DDMMYYAZZZQ (check character = number mod 31); Y-tunnus NNNNNNN-C,
 *       VAT "FI…".</li>
 *   <li>United Kingdom: National Insurance number AB123456C; VAT GB + 9 digits (mod 97); company number 8 digits.</li>
 *   <li>Germany: Steuerliche Identifikationsnummer, 11 digits (one digit repeated in the first ten, ISO 7064 MOD 11,10
 *       check digit); USt-IdNr DE + 9 digits (MOD 11,10); Handelsregister "HRB NNNNNN".</li>
 *   <li>United States: SSN AAA-GG-SSSS (no 000/666/9xx area, no 00 group, no 0000 serial); EIN NN-NNNNNNN.</li>
 *   <li>Netherlands: BSN, 9 digits passing the 11-test; VAT NL + 9 digits + B01; KvK 8 digits.</li>
 * </ul>
 */
final class IdNumbers {

    private static final String FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    /** NINO prefixes in use (neither letter D, F, I, Q, U, V; second not O). */
    private static final List<String> NINO_PREFIXES = List.of("AB", "CE", "EH", "GY", "JC", "JK", "KM", "LP", "NA",
            "NH", "NL", "NR", "NZ", "PA", "PE", "PW", "RB", "SH", "SR", "TW", "WK", "YB", "ZT");

    private IdNumbers() {
    }

    /** A national id for a person born on {@code birth}, in {@code country}'s format. */
    static String person(SeedCountry country, LocalDate birth, SplittableRandom r) {
        return switch (country) {
            case NO -> fodselsnummer(birth, r);
            case SE -> personnummer(birth, r);
            case DK -> cpr(birth, r);
            case FI -> henkilotunnus(birth, r);
            case GB -> nino(r);
            case DE -> steuerId(r);
            case US -> ssn(r);
            case NL -> bsn(r);
        };
    }

    /** The company's registration number as printed at home. */
    static String organisation(SeedCountry country, SplittableRandom r) {
        return switch (country) {
            case NO -> orgNo(r);
            case SE -> orgNr(r);
            case DK -> cvr(r);
            case FI -> yTunnus(r);
            case GB -> String.format("%08d", 1_000_000 + r.nextInt(14_000_000));
            case DE -> "HRB " + (10_000 + r.nextInt(240_000));
            case US -> ein(r);
            case NL -> String.format("%08d", 10_000_000 + r.nextInt(89_999_999));
        };
    }

    /** The VAT (or, in the US, federal tax) number that goes with {@code organisation}. */
    static String taxId(SeedCountry country, String organisation, SplittableRandom r) {
        String digits = Normalize.digits(organisation);
        return switch (country) {
            case NO -> "NO" + digits + "MVA";
            case SE -> "SE" + digits + "01";
            case DK -> "DK" + digits;
            case FI -> "FI" + digits;
            case GB -> gbVat(r);
            case DE -> deVat(r);
            case US -> organisation;
            case NL -> nlVat(r);
        };
    }

    static String fodselsnummer(LocalDate birth, SplittableRandom r) {
        String date = ddmmyy(birth);
        while (true) {
            int individual = birth.getYear() < 2000 ? r.nextInt(500) : 500 + r.nextInt(500);
            String base = date + String.format("%03d", individual);
            int k1 = mod11(base, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2});
            if (k1 < 0) {
                continue;
            }
            int k2 = mod11(base + k1, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
            if (k2 >= 0) {
                return base + k1 + k2;
            }
        }
    }

    static String personnummer(LocalDate birth, SplittableRandom r) {
        String base = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), r.nextInt(1000));
        String digits = base + luhn(base);
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    static String cpr(LocalDate birth, SplittableRandom r) {
        String date = ddmmyy(birth);
        int[] weights = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
        while (true) {
            // The first serial digit tells the century: 0–3 for 1900–1999, 4 for 2000–2036.
            int first = birth.getYear() < 2000 ? r.nextInt(4) : 4;
            String candidate = date + first + String.format("%03d", r.nextInt(1000));
            if (weighted(candidate, weights) % 11 == 0) {
                return candidate.substring(0, 6) + "-" + candidate.substring(6);
            }
        }
    }

    static String henkilotunnus(LocalDate birth, SplittableRandom r) {
        String date = ddmmyy(birth);
        int individual = 2 + r.nextInt(898);
        String number = date + String.format("%03d", individual);
        char check = FI_CHECK.charAt((int) (Long.parseLong(number) % 31));
        return date + (birth.getYear() < 2000 ? "-" : "A") + String.format("%03d", individual) + check;
    }

    static String nino(SplittableRandom r) {
        return NINO_PREFIXES.get(r.nextInt(NINO_PREFIXES.size())) + String.format("%06d", r.nextInt(1_000_000))
                + "ABCD".charAt(r.nextInt(4));
    }

    static String steuerId(SplittableRandom r) {
        List<Integer> digits = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        Collections.shuffle(digits, new java.util.Random(r.nextLong()));
        // Nine different digits, one of them written twice: the rule for the first ten digits.
        List<Integer> ten = new ArrayList<>(digits.subList(0, 9));
        ten.add(ten.get(r.nextInt(9)));
        Collections.shuffle(ten, new java.util.Random(r.nextLong()));
        if (ten.get(0) == 0) {
            int swap = 1 + r.nextInt(9);
            while (ten.get(swap) == 0) {
                swap = 1 + r.nextInt(9);
            }
            Collections.swap(ten, 0, swap);
        }
        StringBuilder sb = new StringBuilder();
        ten.forEach(sb::append);
        return sb.toString() + mod11_10(sb.toString());
    }

    static String ssn(SplittableRandom r) {
        int area;
        do {
            area = 1 + r.nextInt(899);
        } while (area == 666);
        return String.format("%03d-%02d-%04d", area, 1 + r.nextInt(99), 1 + r.nextInt(9999));
    }

    static String bsn(SplittableRandom r) {
        while (true) {
            String digits = (1 + r.nextInt(9)) + String.format("%08d", r.nextInt(100_000_000));
            if (elevenTest(digits)) {
                return digits;
            }
        }
    }

    static String orgNo(SplittableRandom r) {
        while (true) {
            String body = (8 + r.nextInt(2)) + String.format("%07d", r.nextInt(10_000_000));
            int check = mod11(body, new int[] {3, 2, 7, 6, 5, 4, 3, 2});
            if (check >= 0) {
                return body + check;
            }
        }
    }

    static String orgNr(SplittableRandom r) {
        String body = "55" + (6 + r.nextInt(4)) + String.format("%06d", r.nextInt(1_000_000));
        String digits = body + luhn(body);
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    static String cvr(SplittableRandom r) {
        int[] weights = {2, 7, 6, 5, 4, 3, 2, 1};
        while (true) {
            String candidate = (1 + r.nextInt(9)) + String.format("%07d", r.nextInt(10_000_000));
            if (weighted(candidate, weights) % 11 == 0) {
                return candidate;
            }
        }
    }

    static String yTunnus(SplittableRandom r) {
        while (true) {
            String body = (1 + r.nextInt(3)) + String.format("%06d", r.nextInt(1_000_000));
            int remainder = weighted(body, new int[] {7, 9, 10, 5, 8, 4, 2}) % 11;
            if (remainder != 1) {
                return body + "-" + (remainder == 0 ? 0 : 11 - remainder);
            }
        }
    }

    static String ein(SplittableRandom r) {
        int[] prefixes = {20, 26, 27, 45, 46, 47, 81, 82, 83, 84, 85, 86, 87, 88, 91, 92, 93, 98};
        return prefixes[r.nextInt(prefixes.length)] + "-" + String.format("%07d", r.nextInt(10_000_000));
    }

    static String gbVat(SplittableRandom r) {
        String body = (1 + r.nextInt(9)) + String.format("%06d", r.nextInt(1_000_000));
        int total = weighted(body, new int[] {8, 7, 6, 5, 4, 3, 2});
        int check = (97 - total % 97) % 97;
        return "GB" + body + String.format("%02d", check);
    }

    static String deVat(SplittableRandom r) {
        String body = (1 + r.nextInt(9)) + String.format("%07d", r.nextInt(10_000_000));
        return "DE" + body + mod11_10(body);
    }

    static String nlVat(SplittableRandom r) {
        return "NL" + bsn(r) + "B01";
    }

    /** ISO 7064 MOD 11,10, as the German tax id and VAT number use it. */
    static int mod11_10(String digits) {
        int product = 10;
        for (char c : digits.toCharArray()) {
            int sum = (c - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = sum * 2 % 11;
        }
        int check = 11 - product;
        return check == 10 ? 0 : check;
    }

    static boolean elevenTest(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    private static String ddmmyy(LocalDate date) {
        return String.format("%02d%02d%02d", date.getDayOfMonth(), date.getMonthValue(), date.getYear() % 100);
    }
}
