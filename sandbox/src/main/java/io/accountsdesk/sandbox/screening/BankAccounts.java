package io.accountsdesk.sandbox.screening;

import io.accountsdesk.sandbox.demo.CheckDigits;

import java.util.SplittableRandom;

/**
 * A terminated merchant's settlement account as VMSS lists it ({@code financialAccts}): the IBAN, the domestic
 * account number and the bank's domestic id (Norwegian/Danish registration number, Swedish clearing number, UK sort
 * code, German BLZ, US ABA routing number). IBAN check digits are computed (ISO 13616, mod 97), the Norwegian
 * account's own MOD 11 digit and the US routing number's 3-7-1 checksum too. The US has no IBAN.
 */
public record BankAccounts(String iban, String accountNumber, String institutionId) {

    static BankAccounts generate(SeedCountry country, SplittableRandom r) {
        return switch (country) {
            case NO -> {
                String account = CheckDigits.norwegianAccount(
                        () -> SeedCountry.pick(r, "1503", "1645", "3207", "9710", "6345") + SeedCountry.digits(r, 6));
                yield new BankAccounts(CheckDigits.iban("NO", account), account, account.substring(0, 4));
            }
            case SE -> {
                int bank = r.nextInt(4);
                String bankCode = new String[] {"500", "800", "600", "300"}[bank];
                String clearing = new String[] {"5001", "8327", "6000", "3300"}[bank];
                String account = SeedCountry.digits(r, 10);
                yield new BankAccounts(CheckDigits.iban("SE", bankCode + "0000000" + account), clearing + "-" + account,
                        clearing);
            }
            case DK -> {
                String reg = SeedCountry.pick(r, "3001", "9570", "5470", "7780");
                String account = SeedCountry.digits(r, 10);
                yield new BankAccounts(CheckDigits.iban("DK", reg + account), reg + " " + account, reg);
            }
            case FI -> {
                String body = SeedCountry.pick(r, "1", "5", "8") + SeedCountry.digits(r, 12);
                String account = body + CheckDigits.luhn(body);
                yield new BankAccounts(CheckDigits.iban("FI", account), account, account.substring(0, 3));
            }
            case GB -> {
                String bank = SeedCountry.pick(r, "NWBK", "BARC", "LOYD", "HBUK");
                String sort = SeedCountry.digits(r, 6);
                String account = SeedCountry.digits(r, 8);
                yield new BankAccounts(CheckDigits.iban("GB", bank + sort + account), account,
                        sort.substring(0, 2) + "-" + sort.substring(2, 4) + "-" + sort.substring(4));
            }
            case DE -> {
                String blz = SeedCountry.pick(r, "10070000", "20050550", "37040044", "50010517");
                String account = SeedCountry.digits(r, 10);
                yield new BankAccounts(CheckDigits.iban("DE", blz + account), account, blz);
            }
            case US -> new BankAccounts(null, SeedCountry.digits(r, 10), routingNumber(r));
            case NL -> {
                String bank = SeedCountry.pick(r, "ABNA", "INGB", "RABO", "SNSB");
                String account = SeedCountry.digits(r, 10);
                yield new BankAccounts(CheckDigits.iban("NL", bank + account), account, bank);
            }
        };
    }

    /** An ABA routing number: 3×(d1+d4+d7) + 7×(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
    static String routingNumber(SplittableRandom r) {
        String body = SeedCountry.pick(r, "0", "1", "2") + SeedCountry.digits(r, 7);
        int[] weights = {3, 7, 1, 3, 7, 1, 3, 7};
        int sum = CheckDigits.weighted(body, weights);
        return body + (10 - sum % 10) % 10;
    }
}
