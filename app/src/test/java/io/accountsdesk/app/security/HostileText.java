package io.accountsdesk.app.security;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * What a hostile or careless user types or pastes into a text field: very long strings, control characters,
 * right-to-left overrides, emoji (joined, flags, a lone surrogate), combining marks, padding with every kind of
 * space, and numbers at and past their limits. Pieces are mixed, so a try may be a valid e-mail with a BOM in front.
 */
public final class HostileText {

    /** Each alone is a value a form has to survive; joined they make the rest. */
    static final List<String> PIECES = List.of(
            "", " ", "   ", "\t", "\n", "\r\n", "\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u2028",
            "\u00a0", "\u3000", "\ufeff", "\u200b",
            "\u202eevil\u202c", "\u200f", "مرحبا", "שלום עולם", "١٢٣٤",
            "😀", "👨‍👩‍👧‍👦", "🇳🇴", "\ud83d", "\udc00",
            "e\u0301", "Z\u0334\u0321\u031b\u0358\u0350", "\u0301",
            String.valueOf(Long.MAX_VALUE), String.valueOf(Long.MIN_VALUE), "9223372036854775808", "-1", "0", "-0",
            "1e309", "NaN", "Infinity", "-Infinity", "0x7fffffff", "1,5", "0.00000000000000000000001",
            "99999999999999999999999999999999999999.99",
            "a@b.no", "  ola@example.com  ", "NO", "no", "nb", "+4791234567", "912345678", "5812", "NOK",
            "3fa85f64-5717-4562-b3fc-2c963f66afa6", "checkout", "payout", "https://example.com/x",
            "'; DROP TABLE accounts; --", "<script>alert(1)</script>", "${jndi:ldap://x}", "%s%n", "../../etc/passwd",
            "\\", "\"", "{}", "[]", "null", "key=value", "=", "a=b\nc");

    private HostileText() {
    }

    /** Any hostile text: a piece, pieces joined, or something very long. */
    public static Arbitrary<String> any() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> joined = piece.list().ofMinSize(2).ofMaxSize(4).map(parts -> String.join("", parts));
        Arbitrary<String> padded = piece.map(text -> "  " + text + " \t");
        Arbitrary<String> random = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30);
        Arbitrary<String> veryLong = Arbitraries.of("x", "é", "😀", "9", "a ", "\u202e").flatMap(unit ->
                Arbitraries.integers().between(256, 20_000).map(unit::repeat));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, piece),
                net.jqwik.api.Tuple.of(3, joined),
                net.jqwik.api.Tuple.of(2, padded),
                net.jqwik.api.Tuple.of(2, random),
                net.jqwik.api.Tuple.of(1, veryLong));
    }

    /** Which text field to type into, as an index to take modulo the number of fields, and what to type. */
    public record Typing(int field, String text) {
        @Override
        public String toString() {
            String shown = text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + " chars)" : text;
            return "Typing[" + field + ", " + shown.codePoints().mapToObj(HostileText::visible)
                    .collect(java.util.stream.Collectors.joining()) + "]";
        }
    }

    /** One to four fields typed into per try, so fields that check each other meet odd values together. */
    public static Arbitrary<List<Typing>> typings() {
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 10_000), any())
                .as(Typing::new).list().ofMinSize(1).ofMaxSize(4);
    }

    private static String visible(int codePoint) {
        return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT
                ? String.format("\\u%04x", codePoint) : Character.toString(codePoint);
    }
}
