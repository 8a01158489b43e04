package io.accountsdesk.sandbox.screening;

import io.accountsdesk.sandbox.screening.SeedCountry.Trade;
import io.accountsdesk.sandbox.screening.match.MatchReason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The merchants other acquirers have terminated, from which both registers are seeded: most are listed in MATCH,
 * many in VMSS, a good share in both (an acquirer with both brands lists in both). Deterministic: the same list on
 * every machine and every {@code --reset}, independent of the clock and of the demo accounts' seed.
 *
 * <p>Besides {@value #GENERATED} generated merchants the list opens with a few written by hand, so a demo (and a
 * test) has something known to look for:
 * <ul>
 *   <li>{@code Kjøkkenet Bergen AS} (DBA "Kjøkkenet"), Strandgata 14, 5013 Bergen; principal Ola Nordmann.
 *       Try "Kjokkenet Bergen" (exact once normalised) and "Kökenet Bergen" (phonetic).</li>
 *   <li>{@code Björkhaga Hälsokost AB}, Drottninggatan 21, 111 51 Stockholm; principal Åsa Sjöberg.</li>
 *   <li>{@code Havblik Rejser ApS}, Nørregade 7, 1165 København K; principal Søren Kjær.</li>
 *   <li>{@code Revontuli Pelit Oy}, Hämeenkatu 9, 33100 Tampere; principal Jyrki Mäkelä.</li>
 * </ul>
 * About one principal in eight reappears behind a later merchant of the same country, as people banned from card
 * acceptance often do, so a principal search can find several listings.
 */
public final class TerminatedMerchants {

    static final int GENERATED = 280;
    private static final long SEED = 0x4D41544348L; // "MATCH"

    /** An acquirer that lists merchants: MATCH knows it by ICA number, VMSS by BID. Fictional names. */
    public record Acquirer(String name, SeedCountryCode country, String ica, String bid) {
    }

    /** An alpha-2 country code (kept apart from the package-private {@link SeedCountry}). */
    public record SeedCountryCode(String alpha2) {
        public String alpha3() {
            return Countries.alpha3(alpha2);
        }
    }

    public record Person(String firstName, String middleInitial, String lastName, LocalDate birthDate,
                         String nationalId, String ssn, String phone, String email, Compare.Address home,
                         String homeSubdivision, String driversLicence, String passport, String principalId) {
        public String fullName() {
            return firstName + (middleInitial == null ? "" : " " + middleInitial + ".") + " " + lastName;
        }
    }

    /** One terminated merchant, with everything either register lists about it. */
    public record Merchant(int index, String country, String legalName, String tradeName, String organisation,
                           String taxId, Compare.Address address, String subdivision, String phone, String altPhone,
                           String url, String email, String mcc, boolean online, boolean international,
                           List<Person> principals, LocalDate contractStart, LocalDate terminated, LocalDate listed,
                           MatchReason matchReason, String vmssPrimaryReason, String vmssSecondaryReason,
                           Acquirer acquirer, BankAccounts bank, String payfacLegalName, String payfacName,
                           String payfacBid, String acquirerMerchantId, List<String> cardAcceptorIds,
                           String stateTaxId, boolean inMatch, boolean inVmss) {
    }

    /**
     * The two VMSS listing reasons the seed shows ({@code primaryListingReason} "29-Bankruptcy/Liquidation/Insolvency",
     * {@code secondaryListingReason} "34-Merchant Identity Theft"). The seed names no others, so the sandbox lists
     * only merchants terminated for these in VMSS rather than invent Visa codes.
     */
    public static final String VMSS_BANKRUPTCY = "29-Bankruptcy/Liquidation/Insolvency";
    public static final String VMSS_IDENTITY_THEFT = "34-Merchant Identity Theft";

    static final List<Acquirer> ACQUIRERS = List.of(
            new Acquirer("Fjordkort Innløsning AS", new SeedCountryCode("NO"), "2142", "10051233"),
            new Acquirer("Norrbro Betalningar AB", new SeedCountryCode("SE"), "3178", "10052871"),
            new Acquirer("Øresund Indløsning A/S", new SeedCountryCode("DK"), "5063", "10053319"),
            new Acquirer("Kaleva Maksut Oy", new SeedCountryCode("FI"), "7341", "10054402"),
            new Acquirer("Thames Merchant Services Ltd", new SeedCountryCode("GB"), "9285", "10055187"),
            new Acquirer("Rheinland Zahlungsdienste GmbH", new SeedCountryCode("DE"), "11460", "10056924"),
            new Acquirer("Lakeshore Merchant Bank", new SeedCountryCode("US"), "12873", "10057710"),
            new Acquirer("Grachten Payments B.V.", new SeedCountryCode("NL"), "13502", "10058035"));

    private static final String[][] PAYFACS = {
            {"Fjordpay AS", "Fjordpay", "10000108", "NO"},
            {"Kassa Norden AB", "KassaNorden", "10000215", "SE"},
    };

    /** Weights per {@link MatchReason}, in declaration order: chargebacks, fraud, bankruptcy and identity theft lead. */
    private static final int[] REASON_WEIGHTS = {4, 3, 2, 8, 14, 10, 2, 2, 16, 4, 3, 5, 6, 12};

    private TerminatedMerchants() {
    }

    /** Every seeded merchant, hand-written ones first; the same list on every call. */
    public static List<Merchant> all() {
        List<Merchant> merchants = new ArrayList<>();
        Map<SeedCountry, List<Person>> seenPrincipals = new EnumMap<>(SeedCountry.class);
        int index = 0;
        for (Fixture f : FIXTURES) {
            merchants.add(fixture(index++, f));
        }
        for (int i = 0; i < GENERATED; i++) {
            merchants.add(generated(index++, seenPrincipals));
        }
        return merchants;
    }

    private record Fixture(SeedCountry country, String legalName, String tradeName, String street, int number,
                           String city, String subdivision, String postalCode, Trade trade, String first, String last,
                           LocalDate birth, MatchReason reason, String vmssReason, LocalDate terminated) {
    }

    private static final List<Fixture> FIXTURES = List.of(
            new Fixture(SeedCountry.NO, "Kjøkkenet Bergen AS", "Kjøkkenet", "Strandgata", 14, "Bergen", "46", "5013",
                    Trade.CAFE, "Ola", "Nordmann", LocalDate.of(1978, 5, 17), MatchReason.EXCESSIVE_CHARGEBACKS,
                    VMSS_BANKRUPTCY, LocalDate.of(2024, 3, 8)),
            new Fixture(SeedCountry.SE, "Björkhaga Hälsokost AB", "Björkhaga Hälsa", "Drottninggatan", 21, "Stockholm",
                    "AB", "111 51", Trade.SUPPLEMENTS, "Åsa", "Sjöberg", LocalDate.of(1983, 11, 2),
                    MatchReason.LAUNDERING, null, LocalDate.of(2023, 9, 19)),
            new Fixture(SeedCountry.DK, "Havblik Rejser ApS", "Havblik Rejser", "Nørregade", 7, "København K", "84",
                    "1165", Trade.TRAVEL, "Søren", "Kjær", LocalDate.of(1971, 2, 24), MatchReason.BANKRUPTCY,
                    VMSS_BANKRUPTCY, LocalDate.of(2022, 6, 30)),
            new Fixture(SeedCountry.FI, "Revontuli Pelit Oy", "Revontuli Casino", "Hämeenkatu", 9, "Tampere", "11",
                    "33100", Trade.BETTING, "Jyrki", "Mäkelä", LocalDate.of(1988, 8, 13), MatchReason.IDENTITY_THEFT,
                    VMSS_IDENTITY_THEFT, LocalDate.of(2025, 1, 15)));

    private static Merchant fixture(int index, Fixture f) {
        SplittableRandom r = random(index);
        SeedCountry c = f.country();
        Compare.Address address = new Compare.Address(c.streetLine(f.street(), f.number()), f.city(), f.postalCode(),
                c.alpha2());
        String domain = slug(f.tradeName()) + "." + c.topLevelDomain();
        Person principal = person(c, r, f.first(), f.last(), f.birth(), domain);
        String organisation = IdNumbers.organisation(c, r);
        LocalDate start = f.terminated().minusYears(3).minusDays(41);
        Acquirer acquirer = homeAcquirer(c);
        return new Merchant(index, c.alpha2(), f.legalName(), f.tradeName(), organisation,
                IdNumbers.taxId(c, organisation, r), address, f.subdivision(), c.landline(r), c.mobile(r),
                "https://www." + domain, "post@" + domain, f.trade().mcc, online(f.trade()), false, List.of(principal),
                start, f.terminated(), f.terminated().plusDays(2), f.reason(), f.vmssReason(), null, acquirer,
                BankAccounts.generate(c, r), null, null, null, SeedCountry.digits(r, 8),
                List.of(SeedCountry.digits(r, 15)), null, true, f.vmssReason() != null);
    }

    private static Merchant generated(int index, Map<SeedCountry, List<Person>> seenPrincipals) {
        SplittableRandom r = random(index);
        SeedCountry c = weightedCountry(r);
        Trade trade = weightedTrade(r);
        String word = pick(r, c.nameWords());
        String tradeWord = c.tradeWord(trade);
        String base = word + " " + tradeWord;
        String legalName = c == SeedCountry.DK && r.nextInt(3) == 0 ? base + " A/S" : base + " " + c.legalForm;
        SeedCountry.City city = pick(r, c.cities());
        String tradeName = switch (r.nextInt(5)) {
            case 0 -> tradeWord + " " + word;
            case 1 -> base + " " + city.name();
            case 2 -> word;
            default -> base;
        };
        Compare.Address address = new Compare.Address(c.streetLine(pick(r, c.streets()), 1 + r.nextInt(120)),
                city.name(), pick(r, city.postalCodes()), c.alpha2());
        String domain = slug(tradeName) + "." + c.topLevelDomain();

        int principalCount = r.nextInt(10) < 7 ? 1 : r.nextInt(10) < 8 ? 2 : 3;
        List<Person> principals = new ArrayList<>();
        List<Person> seen = seenPrincipals.computeIfAbsent(c, k -> new ArrayList<>());
        for (int p = 0; p < principalCount; p++) {
            if (!seen.isEmpty() && r.nextInt(8) == 0) {
                principals.add(pick(r, seen));
            } else {
                LocalDate birth = LocalDate.of(1955 + r.nextInt(45), 1 + r.nextInt(12), 1 + r.nextInt(28));
                Person fresh = person(c, r, pick(r, c.firstNames()), pick(r, c.lastNames()), birth, domain);
                principals.add(fresh);
                seen.add(fresh);
            }
        }

        String organisation = IdNumbers.organisation(c, r);
        LocalDate terminated = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(7 * 365));
        LocalDate start = terminated.minusDays(180 + r.nextInt(6 * 365));
        LocalDate listed = terminated.plusDays(1 + r.nextInt(5));
        MatchReason reason = weightedReason(r);
        boolean inMatch = r.nextInt(5) != 0;
        String vmssPrimary = switch (reason) {
            case BANKRUPTCY -> VMSS_BANKRUPTCY;
            case IDENTITY_THEFT -> VMSS_IDENTITY_THEFT;
            default -> inMatch ? null : (r.nextBoolean() ? VMSS_BANKRUPTCY : VMSS_IDENTITY_THEFT);
        };
        String vmssSecondary = VMSS_BANKRUPTCY.equals(vmssPrimary) && r.nextInt(5) == 0 ? VMSS_IDENTITY_THEFT : null;
        Acquirer acquirer = r.nextInt(5) == 0 ? pick(r, ACQUIRERS) : homeAcquirer(c);
        String[] payfac = r.nextInt(5) == 0 ? PAYFACS[r.nextInt(PAYFACS.length)] : null;
        List<String> cardAcceptorIds = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
            cardAcceptorIds.add(SeedCountry.digits(r, 15));
        }
        return new Merchant(index, c.alpha2(), legalName, tradeName, organisation,
                IdNumbers.taxId(c, organisation, r), address, city.subdivision(), c.landline(r),
                r.nextInt(3) == 0 ? c.mobile(r) : null, "https://www." + domain,
                pick(r, List.of("post@", "kontakt@", "info@", "hello@")) + domain, trade.mcc,
                online(trade) || r.nextInt(4) == 0, r.nextInt(4) == 0, List.copyOf(principals), start, terminated,
                listed, reason, vmssPrimary, vmssSecondary, acquirer, BankAccounts.generate(c, r),
                payfac == null ? null : payfac[0], payfac == null ? null : payfac[1], payfac == null ? null : payfac[2],
                SeedCountry.digits(r, 8), List.copyOf(cardAcceptorIds),
                c == SeedCountry.US ? SeedCountry.digits(r, 8) : null, inMatch, vmssPrimary != null);
    }

    private static Person person(SeedCountry c, SplittableRandom r, String first, String last, LocalDate birth,
                                 String domain) {
        SeedCountry.City city = pick(r, c.cities());
        Compare.Address home = new Compare.Address(c.streetLine(pick(r, c.streets()), 1 + r.nextInt(90)),
                city.name(), pick(r, city.postalCodes()), c.alpha2());
        String middle = c == SeedCountry.US || (c == SeedCountry.GB && r.nextBoolean())
                ? String.valueOf((char) ('A' + r.nextInt(26))) : null;
        String nationalId = IdNumbers.person(c, birth, r);
        return new Person(first, middle, last, birth, nationalId, c == SeedCountry.US ? nationalId : null,
                c.mobile(r), slug(first) + "." + slug(last).replace("-", "") + "@" + domain, home, city.subdivision(),
                r.nextBoolean() ? SeedCountry.digits(r, c == SeedCountry.US ? 8 : 9) : null,
                (char) ('A' + r.nextInt(26)) + "" + (char) ('A' + r.nextInt(26)) + SeedCountry.digits(r, 7),
                SeedCountry.digits(r, 8));
    }

    private static boolean online(Trade trade) {
        return switch (trade) {
            case BETTING, SUPPLEMENTS, SUBSCRIPTIONS, ELECTRONICS, CLOTHING, TRAVEL -> true;
            default -> false;
        };
    }

    private static Acquirer homeAcquirer(SeedCountry c) {
        return ACQUIRERS.stream().filter(a -> a.country().alpha2().equals(c.alpha2())).findFirst().orElseThrow();
    }

    private static SeedCountry weightedCountry(SplittableRandom r) {
        int total = 0;
        for (SeedCountry c : SeedCountry.values()) {
            total += c.weight;
        }
        int roll = r.nextInt(total);
        for (SeedCountry c : SeedCountry.values()) {
            roll -= c.weight;
            if (roll < 0) {
                return c;
            }
        }
        throw new AssertionError();
    }

    private static Trade weightedTrade(SplittableRandom r) {
        int total = 0;
        for (Trade t : Trade.values()) {
            total += t.weight;
        }
        int roll = r.nextInt(total);
        for (Trade t : Trade.values()) {
            roll -= t.weight;
            if (roll < 0) {
                return t;
            }
        }
        throw new AssertionError();
    }

    private static MatchReason weightedReason(SplittableRandom r) {
        int total = 0;
        for (int w : REASON_WEIGHTS) {
            total += w;
        }
        int roll = r.nextInt(total);
        MatchReason[] reasons = MatchReason.values();
        for (int i = 0; i < reasons.length; i++) {
            roll -= REASON_WEIGHTS[i];
            if (roll < 0) {
                return reasons[i];
            }
        }
        throw new AssertionError();
    }

    private static SplittableRandom random(int index) {
        return new SplittableRandom(SEED * 31 + index * 0x9E3779B97F4A7C15L);
    }

    private static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    /** "Kjøkkenet Bergen" → "kjokkenet-bergen", for domains and e-mail addresses. */
    static String slug(String text) {
        return Normalize.fold(text).replace(' ', '-');
    }
}
