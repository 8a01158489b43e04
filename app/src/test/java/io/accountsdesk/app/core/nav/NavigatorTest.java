package io.accountsdesk.app.core.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavigatorTest {

    private final Navigator navigator = new Navigator(place -> !place.screen().equals("missing"));
    private final Place list = Place.of("accounts");
    private final Place one = Place.of("account", "id", "T00000001");
    private final Place two = Place.of("account", "id", "T00000002");

    @Test
    void backAndForwardWalkTheHistoryLikeABrowser() {
        navigator.goTo(list);
        navigator.goTo(one);
        navigator.goTo(two);
        assertThat(navigator.canGoForwardProperty().get()).isFalse();

        assertThat(navigator.back()).isTrue();
        assertThat(navigator.current()).isEqualTo(one);
        assertThat(navigator.back()).isTrue();
        assertThat(navigator.current()).isEqualTo(list);
        assertThat(navigator.back()).as("nothing before the first place").isFalse();
        assertThat(navigator.forward()).isTrue();
        assertThat(navigator.current()).isEqualTo(one);
        assertThat(navigator.canGoForwardProperty().get()).isTrue();

        navigator.goTo(list);
        assertThat(navigator.canGoForwardProperty().get()).as("a new place ends the forward history").isFalse();
    }

    @Test
    void replacingChangesTheParametersWithoutAHistoryEntry() {
        List<Place> opened = new ArrayList<>();
        navigator.setOnArrive(opened::add);
        navigator.goTo(list);
        navigator.goTo(one);
        navigator.replace(one.with("tab", "events"));
        assertThat(navigator.current().param("tab")).isEqualTo("events");
        assertThat(opened).as("the screen already shows what it recorded").containsExactly(list, one);
        navigator.back();
        assertThat(navigator.current()).isEqualTo(list);
        navigator.forward();
        assertThat(opened).containsExactly(list, one, list, one.with("tab", "events"));
    }

    @Test
    void theGuardCanKeepTheUserWhereTheyAre() {
        List<String> asked = new ArrayList<>();
        boolean[] allow = {false};
        navigator.setLeaveGuard((from, to) -> {
            asked.add(from + " -> " + to);
            return allow[0];
        });
        navigator.goTo(list);
        assertThat(asked).as("nothing to leave yet").isEmpty();

        assertThat(navigator.goTo(one)).isFalse();
        assertThat(navigator.current()).isEqualTo(list);
        assertThat(asked).containsExactly("accounts -> account?id=T00000001");

        allow[0] = true;
        assertThat(navigator.goTo(one)).isTrue();
        allow[0] = false;
        assertThat(navigator.back()).isFalse();
        assertThat(navigator.current()).isEqualTo(one);
    }

    @Test
    void anUnknownScreenIsRefusedAndTheSamePlaceIsNoMove() {
        navigator.goTo(list);
        assertThat(navigator.goTo(Place.of("missing"))).isFalse();
        assertThat(navigator.goTo(list)).isTrue();
        assertThat(navigator.canGoBackProperty().get()).isFalse();
    }

    @Test
    void theHistoryKeepsALimitedNumberOfPlaces() {
        for (int i = 0; i < Navigator.MAX_HISTORY + 20; i++) {
            navigator.goTo(Place.of("account", "id", "T" + String.format("%08d", i)));
        }
        assertThat(navigator.backHistory()).hasSize(Navigator.MAX_HISTORY);
    }
}
