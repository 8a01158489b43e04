package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    private static final Locale NB_NO = Locale.forLanguageTag("nb-NO");

    /** The JDK's own currency formatting of {@code amount} in {@code locale}: the reference, not a guess. */
    private static String jdk(Locale locale, String currency, String amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency unit = Currency.getInstance(currency);
        format.setCurrency(unit);
        // "Formatted with the currency's own decimals" is the rule; the JDK only keeps the locale's by default.
        format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
        format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
        return format.format(new BigDecimal(amount));
    }

    /** Spacing is the one place this formatter departs from the JDK on purpose. */
    private static String unspaced(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]", "");
    }

    @Test
    void minorUnitsBecomeKronerInNorwegianAsTheJdkFormatsThem() {
        String text = new MoneyFormat(NB_NO).format(123456, "NOK");
        assertThat(unspaced(text)).isEqualTo(unspaced(jdk(NB_NO, "NOK", "1234.56")));
        char grouping = DecimalFormatSymbols.getInstance(NB_NO).getGroupingSeparator();
        char decimal = DecimalFormatSymbols.getInstance(NB_NO).getMonetaryDecimalSeparator();
        assertThat(text).contains("1" + grouping + "234" + decimal + "56").contains("kr");
    }

    @Test
    void englishNamesTheCurrencyByCodeAndKeepsItApartFromTheDigits() {
        String text = new MoneyFormat(Locale.ENGLISH).format(123456, "NOK");
        assertThat(unspaced(text)).isEqualTo(unspaced(jdk(Locale.ENGLISH, "NOK", "1234.56")));
        assertThat(text).contains("NOK").contains("1,234.56").doesNotContain("NOK1");
    }

    @Test
    void eachCurrencyKeepsItsOwnNumberOfDecimals() {
        MoneyFormat format = new MoneyFormat(Locale.ENGLISH);
        assertThat(unspaced(format.format(123456, "JPY"))).isEqualTo(unspaced(jdk(Locale.ENGLISH, "JPY", "123456")));
        assertThat(unspaced(format.format(123456, "KWD"))).isEqualTo(unspaced(jdk(Locale.ENGLISH, "KWD", "123.456")));
        assertThat(unspaced(format.format(-5, "EUR"))).isEqualTo(unspaced(jdk(Locale.ENGLISH, "EUR", "-0.05")));
    }

    @Test
    void unknownCurrenciesKeepTwoDecimalsAndTheirCode() {
        MoneyFormat format = new MoneyFormat(Locale.ENGLISH);
        assertThat(format.format(123456, "ABC")).isEqualTo("1,234.56\u00a0ABC");
        assertThat(format.format(123456, null)).isEqualTo("1,234.56");
        assertThat(format.format(new Money(123456, "nok"))).isEqualTo(format.format(123456, "NOK"));
    }
}
