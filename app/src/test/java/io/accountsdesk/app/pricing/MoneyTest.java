package io.accountsdesk.app.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Money typed in major units and sent in minor units goes both ways without losing a minor unit. */
class MoneyTest {

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of(Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted()
                .toList());
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(List.of(Locale.forLanguageTag("nb-NO"), Locale.ENGLISH, Locale.GERMANY,
                Locale.forLanguageTag("sv-SE"), Locale.forLanguageTag("fi-FI"), Locale.forLanguageTag("da-DK")));
    }

    @Property
    void whatIsShownReadsBackAsTheSameMinorUnits(@ForAll @LongRange(min = -1_000_000_000_000L,
            max = 1_000_000_000_000L) long minor, @ForAll("currencies") String currency,
                                                  @ForAll("locales") Locale locale) {
        String shown = Money.format(minor, currency, locale);
        assertThat(Money.parse(shown, currency, locale)).as(shown).contains(minor);
        assertThat(Money.minor(Money.major(minor, currency), currency)).contains(minor);
    }

    @Example
    void moreDecimalsThanTheCurrencyHasAreRefusedNotRounded() {
        assertThat(Money.parse("12,345", "NOK", Locale.forLanguageTag("nb-NO"))).isEmpty();
        assertThat(Money.parse("12,34", "NOK", Locale.forLanguageTag("nb-NO"))).contains(1234L);
        assertThat(Money.parse("1 234,50", "NOK", Locale.forLanguageTag("nb-NO"))).contains(123450L);
        assertThat(Money.parse("100", "JPY", Locale.ENGLISH)).contains(100L);
        assertThat(Money.parse("1.5", "JPY", Locale.ENGLISH)).isEmpty();
        assertThat(Money.parse("1.234", "KWD", Locale.ENGLISH)).contains(1234L);
        assertThat(Money.parse("12 kr", "NOK", Locale.forLanguageTag("nb-NO"))).isEmpty();
        assertThat(Money.parse("0.1", "NOK", Locale.ENGLISH).orElseThrow()
                + Money.parse("0.2", "NOK", Locale.ENGLISH).orElseThrow()).isEqualTo(30L);
    }
}
