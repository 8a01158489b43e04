package io.accountsdesk.app.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Money as people type it and as the API wants it: typed in major units with the currency's decimals, written for
 * the user's locale, sent in minor units. Only {@link BigDecimal} and {@code long} on the way, never a
 * floating-point number: 0.1 + 0.2 must not become an öre off.
 */
final class Money {

    private Money() {
    }

    /** How many decimals {@code currency} has (NOK 2, JPY 0, KWD 3); 2 when the JDK does not know it. */
    static int decimals(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return 2;
        }
    }

    /** {@code minor} minor units as major units: 12345 NOK is 123.45. */
    static BigDecimal major(long minor, String currency) {
        return BigDecimal.valueOf(minor, decimals(currency));
    }

    /** Major units as minor units; empty when {@code major} has more decimals than the currency allows. */
    static Optional<Long> minor(BigDecimal major, String currency) {
        try {
            return Optional.of(major.setScale(decimals(currency), RoundingMode.UNNECESSARY).unscaledValue()
                    .longValueExact());
        } catch (ArithmeticException tooPreciseOrTooBig) {
            return Optional.empty();
        }
    }

    /** Minor units written for {@code locale} in major units, without the currency's sign ("1 234,50"). */
    static String format(long minor, String currency, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals(currency));
        format.setMaximumFractionDigits(decimals(currency));
        return format.format(major(minor, currency));
    }

    /**
     * What the user typed, read in {@code locale} (grouping spaces or points, the locale's decimal mark), as minor
     * units; empty when it is not an amount in the currency's decimals.
     */
    static Optional<Long> parse(String typed, String currency, Locale locale) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setParseBigDecimal(true);
        DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
        // Typed spaces stand for the locale's grouping mark, which in Norwegian is a no-break space.
        String text = typed.strip().replace(' ', symbols.getGroupingSeparator());
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parse(text, position);
        if (!(parsed instanceof BigDecimal amount) || position.getIndex() != text.length()) {
            return Optional.empty();
        }
        return minor(amount, currency);
    }
}
