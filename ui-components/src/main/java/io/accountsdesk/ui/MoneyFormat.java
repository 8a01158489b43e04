package io.accountsdesk.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Formats amounts the API sends in minor units (øre, cents) as money in one locale: the currency's own number of
 * decimals, the locale's grouping and symbol placement. A currency the JDK does not know keeps two decimals and is
 * named by its code, so an odd value still reads as money instead of failing. Holds formatters per currency, so keep
 * one per locale and use it from one thread (the FX thread), as {@link NumberFormat} is not thread-safe.
 */
public final class MoneyFormat {

    private static final int UNKNOWN_FRACTION_DIGITS = 2;
    private static final char NO_BREAK_SPACE = '\u00a0';

    private final Locale locale;
    private final Map<String, NumberFormat> byCurrency = new HashMap<>();
    private NumberFormat unknownCurrency;

    public MoneyFormat(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    public Locale locale() {
        return locale;
    }

    public String format(Money money) {
        return format(money.minorUnits(), money.currency());
    }

    /** E.g. 123456 NOK is "1 234,56 kr" in nb-NO and "NOK 1,234.56" in English. */
    public String format(long minorUnits, String currencyCode) {
        Currency currency = currencyOf(currencyCode);
        if (currency == null) {
            String number = unknownFormat().format(BigDecimal.valueOf(minorUnits, UNKNOWN_FRACTION_DIGITS));
            return currencyCode == null || currencyCode.isBlank() ? number : number + NO_BREAK_SPACE + currencyCode;
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        NumberFormat format = byCurrency.computeIfAbsent(currency.getCurrencyCode(), code -> currencyFormat(currency));
        return format.format(BigDecimal.valueOf(minorUnits, digits));
    }

    /** The decimals of the currency's minor unit (two for NOK, none for ISK); two where the code is unknown. */
    public static int fractionDigits(String currencyCode) {
        Currency currency = currencyOf(currencyCode);
        return currency == null ? UNKNOWN_FRACTION_DIGITS : currency.getDefaultFractionDigits();
    }

    private static Currency currencyOf(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            Currency currency = Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            // Codes such as XXX ("no currency") have no decimals defined; treat them as unknown.
            return currency.getDefaultFractionDigits() < 0 ? null : currency;
        } catch (IllegalArgumentException notIso4217) {
            return null;
        }
    }

    private NumberFormat currencyFormat(Currency currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = currency.getDefaultFractionDigits();
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        if (format instanceof DecimalFormat decimal) {
            spaceLetterSymbols(decimal);
        }
        return format;
    }

    /**
     * The JDK writes a letter symbol straight against the digits ("NOK1,234.56"); CLDR's currency spacing rule, which
     * the JDK does not apply, puts a no-break space there. Added here so codes read apart from amounts.
     */
    private static void spaceLetterSymbols(DecimalFormat format) {
        format.setPositivePrefix(spacedPrefix(format.getPositivePrefix()));
        format.setNegativePrefix(spacedPrefix(format.getNegativePrefix()));
        format.setPositiveSuffix(spacedSuffix(format.getPositiveSuffix()));
        format.setNegativeSuffix(spacedSuffix(format.getNegativeSuffix()));
    }

    private static String spacedPrefix(String prefix) {
        if (!prefix.isEmpty() && Character.isLetter(prefix.charAt(prefix.length() - 1))) {
            return prefix + NO_BREAK_SPACE;
        }
        return prefix;
    }

    private static String spacedSuffix(String suffix) {
        if (!suffix.isEmpty() && Character.isLetter(suffix.charAt(0))) {
            return NO_BREAK_SPACE + suffix;
        }
        return suffix;
    }

    private NumberFormat unknownFormat() {
        if (unknownCurrency == null) {
            unknownCurrency = NumberFormat.getNumberInstance(locale);
            unknownCurrency.setMinimumFractionDigits(UNKNOWN_FRACTION_DIGITS);
            unknownCurrency.setMaximumFractionDigits(UNKNOWN_FRACTION_DIGITS);
            unknownCurrency.setGroupingUsed(true);
        }
        return unknownCurrency;
    }
}
