package io.accountsdesk.sandbox.screening;

import org.apache.commons.codec.language.ColognePhonetic;
import org.apache.commons.codec.language.DoubleMetaphone;

import java.util.List;
import java.util.Locale;

/**
 * Field-by-field comparison as MATCH and VMSS do it: exact after {@link Normalize normalising}, phonetic when every
 * word sounds alike, otherwise no match. Numbers (phones, tax ids, national ids) are compared by their digits and are
 * never "phonetic": a number that is one digit off is another number.
 *
 * <p>Two phonetic codes are used because neither alone suits Nordic names. Double Metaphone hears "Kjøkkenet" and
 * "Kökenet" alike (both KKNT) and "Mikkelsen"/"Michelsen"; Cologne phonetics, built for German, catches vowel and
 * doubled-consonant spellings ("Korhonen"/"Korhone", "Virtanen"/"Wirtanen"). Two words are alike when either says
 * so. Words with digits (house numbers) must be equal.
 *
 * <p>Thread-safe: the encoders keep no state between calls.
 */
public final class Compare {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final ColognePhonetic COLOGNE = new ColognePhonetic();

    static {
        METAPHONE.setMaxCodeLen(12);
    }

    private Compare() {
    }

    /** Company names, trading names and people's names. */
    public static Likeness names(String a, String b) {
        return words(Normalize.nameWords(a), Normalize.nameWords(b));
    }

    /** A person's whole name ("Åsa Sjöberg"), word by word; legal-form words are not dropped from people's names. */
    public static Likeness personNames(String a, String b) {
        return words(Normalize.personWords(a), Normalize.personWords(b));
    }

    /** A person by first and last name; both must be alike, and the weaker of the two decides. */
    public static Likeness person(String firstA, String lastA, String firstB, String lastB) {
        Likeness last = personNames(lastA, lastB);
        if (!last.isMatch()) {
            return Likeness.NONE;
        }
        Likeness first = personNames(firstA, firstB);
        if (!first.isMatch()) {
            return Likeness.NONE;
        }
        return first == Likeness.EXACT && last == Likeness.EXACT ? Likeness.EXACT : Likeness.PHONETIC;
    }

    /**
     * Two postal addresses. They must be in the same country. Exact: the street lines are equal, and the city and the
     * postal code are equal wherever both sides give them (at least one of the two). Phonetic: the streets sound alike
     * with the same house number, and the city sounds alike or the postal code is equal; so the same street and city
     * with another postal code is a close match (a typo, or a moved boundary), not an exact one.
     */
    public static Likeness addresses(Address a, Address b) {
        if (a == null || b == null || !Countries.same(a.country(), b.country())) {
            return Likeness.NONE;
        }
        Likeness street = words(Normalize.streetWords(a.line()), Normalize.streetWords(b.line()));
        if (!street.isMatch()) {
            return Likeness.NONE;
        }
        String postalA = Normalize.alphanumeric(a.postalCode());
        String postalB = Normalize.alphanumeric(b.postalCode());
        boolean postalGiven = !postalA.isEmpty() && !postalB.isEmpty();
        boolean postalEqual = postalGiven && postalA.equals(postalB);
        boolean cityGiven = !Normalize.fold(a.city()).isEmpty() && !Normalize.fold(b.city()).isEmpty();
        Likeness city = cityGiven ? names(a.city(), b.city()) : Likeness.NONE;
        boolean placeExact = (postalGiven || cityGiven)
                && (!postalGiven || postalEqual)
                && (!cityGiven || city == Likeness.EXACT);
        if (street == Likeness.EXACT && placeExact) {
            return Likeness.EXACT;
        }
        return postalEqual || city.isMatch() ? Likeness.PHONETIC : Likeness.NONE;
    }

    /** Two street lines alone ("Storgata 5", "Storgt. 5"): street words in one spelling, house numbers equal. */
    public static Likeness streets(String a, String b) {
        return words(Normalize.streetWords(a), Normalize.streetWords(b));
    }

    /**
     * Phone numbers by their digits. "+47 22 33 44 55", "0047 22334455" and "22334455" are one number: a leading
     * international "00" is dropped, and a number that ends with the other's at least eight digits (the national form
     * of the same number) is equal.
     */
    public static Likeness phones(String a, String b) {
        String x = international(Normalize.digits(a));
        String y = international(Normalize.digits(b));
        if (x.isEmpty() || y.isEmpty()) {
            return Likeness.NONE;
        }
        if (x.equals(y)) {
            return Likeness.EXACT;
        }
        String longer = x.length() >= y.length() ? x : y;
        String shorter = longer == x ? y : x;
        return shorter.length() >= 8 && longer.endsWith(shorter) ? Likeness.EXACT : Likeness.NONE;
    }

    private static String international(String digits) {
        return digits.startsWith("00") ? digits.substring(2) : digits;
    }

    /**
     * Tax ids, organisation numbers and national ids by their digits: "NO 912 345 678 MVA" is "912345678", "556677-8899"
     * is "5566778899". Ids that are letters and digits (a British National Insurance number) are compared letters too,
     * so "AB123456C" is not "CD123456A".
     */
    public static Likeness ids(String a, String b) {
        String x = Normalize.digits(a);
        String y = Normalize.digits(b);
        if (x.isEmpty() || y.isEmpty()) {
            return Likeness.NONE;
        }
        if (x.length() < 6 || y.length() < 6) {
            return Normalize.alphanumeric(a).equals(Normalize.alphanumeric(b)) ? Likeness.EXACT : Likeness.NONE;
        }
        if (!x.equals(y) && !sameWithCentury(x, y)) {
            return Likeness.NONE;
        }
        String lettersA = lettersAroundDigits(a);
        String lettersB = lettersAroundDigits(b);
        boolean personalLetters = lettersA.length() == 3 && lettersB.length() == 3;
        return personalLetters && !lettersA.equals(lettersB) ? Likeness.NONE : Likeness.EXACT;
    }

    /** A Swedish personnummer written with and without its century: "19800101-1234" is "800101-1234". */
    private static boolean sameWithCentury(String x, String y) {
        String longer = x.length() >= y.length() ? x : y;
        String shorter = longer == x ? y : x;
        return longer.length() == 12 && shorter.length() == 10 && longer.endsWith(shorter);
    }

    /** "AB123456C" → "ABC"; VAT prefixes like "NO…MVA" give other lengths and are ignored by {@link #ids}. */
    private static String lettersAroundDigits(String id) {
        return Normalize.alphanumeric(id).replaceAll("[0-9]", "");
    }

    /** Any other code compared as typed (letters and digits, case ignored): postal codes, licence numbers, MCCs. */
    public static Likeness codes(String a, String b) {
        String x = Normalize.alphanumeric(a);
        String y = Normalize.alphanumeric(b);
        return !x.isEmpty() && x.equals(y) ? Likeness.EXACT : Likeness.NONE;
    }

    /** E-mail addresses: equal ignoring case and surrounding space. */
    public static Likeness emails(String a, String b) {
        if (a == null || b == null || a.isBlank()) {
            return Likeness.NONE;
        }
        return a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT)) ? Likeness.EXACT : Likeness.NONE;
    }

    /**
     * Web addresses. Exact: the same site and path once scheme, "www." and a trailing slash are dropped. Phonetic
     * ("close" in MATCH's URL groups): the same site name under another top-level domain or path, or a site name that
     * sounds alike ("fjordlys.no" and "fjordlys.com", "fjordlys.no" and "fjord-lys.no").
     */
    public static Likeness urls(String a, String b) {
        String x = Normalize.url(a);
        String y = Normalize.url(b);
        if (x.isEmpty() || y.isEmpty()) {
            return Likeness.NONE;
        }
        if (x.equals(y)) {
            return Likeness.EXACT;
        }
        String siteA = Normalize.siteName(a);
        String siteB = Normalize.siteName(b);
        if (siteA.equals(siteB)) {
            return Likeness.PHONETIC;
        }
        return alike(siteA.replace("-", ""), siteB.replace("-", "")) ? Likeness.PHONETIC : Likeness.NONE;
    }

    /**
     * Word lists: exact when equal, also when they differ only in spacing ("Fjord Lys" = "Fjordlys"); phonetic when
     * word by word alike, or alike written together.
     */
    static Likeness words(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Likeness.NONE;
        }
        if (a.equals(b)) {
            return Likeness.EXACT;
        }
        if (a.size() == b.size()) {
            boolean all = true;
            for (int i = 0; i < a.size() && all; i++) {
                all = alike(a.get(i), b.get(i));
            }
            if (all) {
                return Likeness.PHONETIC;
            }
        }
        String joinedA = String.join("", a);
        String joinedB = String.join("", b);
        if (joinedA.equals(joinedB)) {
            return Likeness.EXACT;
        }
        return digitsOf(joinedA).equals(digitsOf(joinedB)) && alike(joinedA, joinedB) ? Likeness.PHONETIC : Likeness.NONE;
    }

    /** Two words sound alike. Words with digits must be equal; single letters (initials) must be equal. */
    static boolean alike(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.matches(".*\\d.*") || b.matches(".*\\d.*") || a.length() < 2 || b.length() < 2) {
            return false;
        }
        String a1 = METAPHONE.doubleMetaphone(a);
        String a2 = METAPHONE.doubleMetaphone(a, true);
        String b1 = METAPHONE.doubleMetaphone(b);
        String b2 = METAPHONE.doubleMetaphone(b, true);
        if (!a1.isEmpty() && (a1.equals(b1) || a1.equals(b2) || a2.equals(b1) || a2.equals(b2))) {
            return true;
        }
        String c1 = COLOGNE.colognePhonetic(a);
        return c1.length() >= 2 && c1.equals(COLOGNE.colognePhonetic(b));
    }

    private static String digitsOf(String text) {
        return text.replaceAll("[^0-9]", "");
    }

    /** A postal address as both registers know it; {@code country} in ISO 3166 alpha-2 or alpha-3. */
    public record Address(String line, String city, String postalCode, String country) {
    }
}
