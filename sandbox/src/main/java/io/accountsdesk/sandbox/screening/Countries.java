package io.accountsdesk.sandbox.screening;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country codes as the two registers write them: MATCH in ISO 3166 alpha-3 ({@code NOR}, the seed's {@code "str"}
 * is three characters), VMSS in alpha-2 ({@code NO}), plus each country's MATCH region. Only the countries the
 * seeded registers hold are known by name; any other code is still compared as written.
 */
public final class Countries {

    /** alpha-2 → alpha-3. */
    private static final Map<String, String> ALPHA3 = Map.ofEntries(
            Map.entry("NO", "NOR"), Map.entry("SE", "SWE"), Map.entry("DK", "DNK"), Map.entry("FI", "FIN"),
            Map.entry("IS", "ISL"), Map.entry("GB", "GBR"), Map.entry("DE", "DEU"), Map.entry("NL", "NLD"),
            Map.entry("PL", "POL"), Map.entry("EE", "EST"), Map.entry("US", "USA"), Map.entry("CA", "CAN"),
            Map.entry("FR", "FRA"), Map.entry("ES", "ESP"), Map.entry("IE", "IRL"), Map.entry("CN", "CHN"),
            Map.entry("MY", "MYS"), Map.entry("AT", "AUT"), Map.entry("JP", "JPN"));

    /**
     * MATCH regions (Mastercard's region codes, as the seed's {@code region} example {@code "1", "A", "D"} uses them):
     * 1 United States, A Canada, B Latin America and the Caribbean, C Asia/Pacific, D Europe, E South Asia/Middle
     * East/Africa.
     */
    public static final String REGIONS = "1ABCDE";

    private Countries() {
    }

    /** The alpha-2 form of an alpha-2 or alpha-3 code, upper case; unknown codes are returned upper-cased. */
    public static String alpha2(String code) {
        if (code == null) {
            return "";
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.length() == 3) {
            for (Map.Entry<String, String> e : ALPHA3.entrySet()) {
                if (e.getValue().equals(c)) {
                    return e.getKey();
                }
            }
        }
        return c;
    }

    /** The alpha-3 form of an alpha-2 or alpha-3 code, upper case; unknown codes are returned upper-cased. */
    public static String alpha3(String code) {
        if (code == null) {
            return "";
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        return c.length() == 2 ? ALPHA3.getOrDefault(c, c) : c;
    }

    /** Whether two codes, in either form, name the same country. Blank is no country. */
    public static boolean same(String a, String b) {
        String x = alpha2(a);
        return !x.isEmpty() && x.equals(alpha2(b));
    }

    /** The MATCH region of a country, if the sandbox knows the country. */
    public static Optional<String> region(String code) {
        return switch (alpha2(code)) {
            case "US" -> Optional.of("1");
            case "CA" -> Optional.of("A");
            case "CN", "MY", "JP" -> Optional.of("C");
            case "NO", "SE", "DK", "FI", "IS", "GB", "DE", "NL", "PL", "EE", "FR", "ES", "IE", "AT" -> Optional.of("D");
            default -> Optional.empty();
        };
    }
}
