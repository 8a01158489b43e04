package io.accountsdesk.app.core.nav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PlaceTest {

    @Test
    void aPlaceReadsBackFromItsText() {
        Place place = Place.of("account", "id", "T12345678", "tab", "connections");
        assertThat(place.toText()).isEqualTo("account?id=T12345678&tab=connections");
        assertThat(Place.parse(place.toText())).isEqualTo(place);
    }

    @Test
    void valuesWithSpacesAndNordicLettersSurviveTheRoundTrip() {
        Place place = Place.of("accounts", "search", "Bakeri & Kafé Tromsø", "connection", "vipps,swish");
        assertThat(Place.parse(place.toText())).isEqualTo(place);
        assertThat(place.toText()).doesNotContain(" ");
    }

    @Test
    void emptyParametersAreLeftOutAndWithReplacesOrRemoves() {
        Place place = Place.of("accounts", "search", "");
        assertThat(place.params()).isEmpty();
        assertThat(place.with("search", "x").param("search")).isEqualTo("x");
        assertThat(place.with("search", "x").with("search", null)).isEqualTo(Place.of("accounts"));
    }

    @Test
    void aScreenIdIsRestricted() {
        assertThatThrownBy(() -> Place.parse("Account Page?id=1")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Any text in a parameter (spaces, &, =, ?, Nordic letters, emoji) survives being written and read back. */
    @Property
    void anyParameterValueRoundTrips(@ForAll String value,
                                     @ForAll @AlphaChars @StringLength(min = 1, max = 12) String key) {
        Place place = new Place("accounts", java.util.Map.of(key, value));
        assertThat(Place.parse(place.toText())).isEqualTo(place);
    }
}
