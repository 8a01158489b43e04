package io.accountsdesk.sandbox.screening;

import io.accountsdesk.sandbox.demo.CheckDigits;
import io.accountsdesk.sandbox.demo.OrgNumbers;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeded registers' merchants: deterministic, well-formed, and varied enough to search. */
class TerminatedMerchantsTest {

    private static final List<TerminatedMerchants.Merchant> ALL = TerminatedMerchants.all();

    @Test
    void theSameListEveryTime() {
        assertThat(TerminatedMerchants.all()).isEqualTo(ALL);
        assertThat(ALL).hasSizeBetween(250, 400);
        assertThat(ALL.get(0).legalName()).isEqualTo("Kjøkkenet Bergen AS");
    }

    @Test
    void bothRegistersGetAFewHundredOrSo() {
        long match = ALL.stream().filter(TerminatedMerchants.Merchant::inMatch).count();
        long vmss = ALL.stream().filter(TerminatedMerchants.Merchant::inVmss).count();
        long both = ALL.stream().filter(m -> m.inMatch() && m.inVmss()).count();
        assertThat(match).isBetween(180L, 320L);
        assertThat(vmss).isBetween(60L, 200L);
        assertThat(both).isPositive();
        assertThat(ALL).allMatch(m -> m.inMatch() || m.inVmss());
    }

    @Test
    void mostAreNordicButNotAll() {
        Set<String> countries = new HashSet<>();
        ALL.forEach(m -> countries.add(m.country()));
        assertThat(countries).contains("NO", "SE", "DK", "FI", "GB", "DE", "US", "NL");
        long nordic = ALL.stream().filter(m -> Set.of("NO", "SE", "DK", "FI").contains(m.country())).count();
        assertThat(nordic).isGreaterThan(ALL.size() * 2L / 3);
    }

    @Test
    void organisationNumbersPassTheirCountrysCheck() {
        for (TerminatedMerchants.Merchant m : ALL) {
            if (Set.of("NO", "SE", "DK", "FI").contains(m.country())) {
                assertThat(OrgNumbers.isValid(m.country(), m.organisation())).as(m.legalName() + " " + m.organisation())
                        .isTrue();
            }
        }
    }

    @Test
    void nationalIdsAreWrittenAndCheckedAsAtHome() {
        for (TerminatedMerchants.Merchant m : ALL) {
            for (TerminatedMerchants.Person p : m.principals()) {
                String id = p.nationalId();
                String where = m.country() + " " + p.fullName() + " " + id;
                switch (m.country()) {
                    case "NO" -> {
                        assertThat(id).as(where).matches("\\d{11}");
                        assertThat(CheckDigits.mod11(id.substring(0, 9), new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2}))
                                .as(where).isEqualTo(id.charAt(9) - '0');
                        assertThat(CheckDigits.mod11(id.substring(0, 10), new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2}))
                                .as(where).isEqualTo(id.charAt(10) - '0');
                        assertThat(id.substring(0, 6)).isEqualTo(String.format("%02d%02d%02d",
                                p.birthDate().getDayOfMonth(), p.birthDate().getMonthValue(), p.birthDate().getYear() % 100));
                    }
                    case "SE" -> {
                        assertThat(id).as(where).matches("\\d{6}-\\d{4}");
                        String digits = id.replace("-", "");
                        assertThat(CheckDigits.luhn(digits.substring(0, 9))).as(where).isEqualTo(digits.charAt(9) - '0');
                    }
                    case "DK" -> {
                        assertThat(id).as(where).matches("\\d{6}-\\d{4}");
                        assertThat(CheckDigits.weighted(id.replace("-", ""), new int[] {4, 3, 2, 7, 6, 5, 4, 3, 2, 1}) % 11)
                                .as(where).isZero();
                    }
                    case "FI" -> {
                        assertThat(id).as(where).matches("\\d{6}[-A]\\d{3}[0-9A-Y]");
                        long number = Long.parseLong(id.substring(0, 6) + id.substring(7, 10));
                        assertThat(id.charAt(10)).as(where).isEqualTo("0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (number % 31)));
                    }
                    case "GB" -> assertThat(id).as(where).matches("[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\d{6}[A-D]");
                    case "DE" -> {
                        assertThat(id).as(where).matches("[1-9]\\d{10}");
                        assertThat(IdNumbers.mod11_10(id.substring(0, 10))).as(where).isEqualTo(id.charAt(10) - '0');
                    }
                    case "US" -> {
                        assertThat(id).as(where).matches("\\d{3}-\\d{2}-\\d{4}").doesNotStartWith("000").doesNotStartWith("666");
                        assertThat(p.ssn()).as("SSN is the US national id, 11 characters").isEqualTo(id).hasSize(11);
                    }
                    case "NL" -> assertThat(IdNumbers.elevenTest(id)).as(where).isTrue();
                    default -> throw new AssertionError(where);
                }
            }
        }
    }

    @Test
    void ibansCarryValidCheckDigits() {
        for (TerminatedMerchants.Merchant m : ALL) {
            if (m.bank().iban() != null) {
                assertThat(m.bank().iban()).startsWith(m.country());
                assertThat(CheckDigits.validIban(m.bank().iban())).as(m.bank().iban()).isTrue();
            } else {
                assertThat(m.country()).isEqualTo("US");
            }
        }
        assertThat(CheckDigits.validIban("NO9386011117947")).as("a published example IBAN").isTrue();
    }

    @Test
    void reasonsAreTheSchemesCodes() {
        Set<String> vmssReasons = new HashSet<>();
        for (TerminatedMerchants.Merchant m : ALL) {
            assertThat(m.matchReason().code()).matches("\\d{2}").isNotIn("06", "20", "21", "24");
            if (m.inVmss()) {
                vmssReasons.add(m.vmssPrimaryReason());
            }
            assertThat(m.terminated()).isAfter(m.contractStart());
            assertThat(m.listed()).isAfter(m.terminated());
        }
        assertThat(vmssReasons).containsExactlyInAnyOrder(TerminatedMerchants.VMSS_BANKRUPTCY,
                TerminatedMerchants.VMSS_IDENTITY_THEFT);
    }

    @Test
    void somePrincipalsReappearBehindAnotherMerchant() {
        Set<String> seen = new HashSet<>();
        int repeats = 0;
        for (TerminatedMerchants.Merchant m : ALL) {
            for (TerminatedMerchants.Person p : m.principals()) {
                if (!seen.add(p.nationalId())) {
                    repeats++;
                }
            }
        }
        assertThat(repeats).isBetween(5, 80);
    }
}
