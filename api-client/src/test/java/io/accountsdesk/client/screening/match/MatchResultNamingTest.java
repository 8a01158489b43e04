package io.accountsdesk.client.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.client.paging.Page;
import io.accountsdesk.client.screening.ScreeningFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MATCH results arrive in the seed's PascalCase or in the snake_case of Dintero's current docs; both read into the
 * same model (with unknown fields refused, so a missing alias fails here) and are written in the seed's form.
 */
class MatchResultNamingTest {

    @Test
    void snakeCaseAndPascalCaseReadIntoTheSameResult() {
        MatchResult pascal = ScreeningFixtures.read("match-result-pascal.json", MatchResult.class);
        MatchResult snake = ScreeningFixtures.read("match-result-snake.json", MatchResult.class);

        assertThat(snake).isEqualTo(pascal);
        TerminatedMerchant match = snake.merchants().get(0);
        assertThat(match.merchant().name()).isEqualTo("FJORD KAFFE AS");
        assertThat(match.merchant().address().line1()).isEqualTo("Storgata 12");
        assertThat(match.merchant().principals().get(0).address().line1()).isEqualTo("Bakkeveien 3");
        assertThat(match.merchant().principals().get(0).driversLicense().number()).isEqualTo("DL-7745120");
        assertThat(match.merchant().urlGroups().get(0).noMatchUrls().urls()).containsExactly("www.kaffefjord.no");
        assertThat(match.merchant().searchCriteria().minPossibleMatchCount()).isEqualTo("3");
        assertThat(match.merchantMatch().principalMatches().get(0).nationalId()).isEqualTo(MatchIndicator.EXACT);
        assertThat(snake.totalMatches()).isEqualTo(2);
    }

    @Test
    void bothFormsAreWrittenBackInTheSeedsPascalCase() {
        MatchResult snake = ScreeningFixtures.read("match-result-snake.json", MatchResult.class);

        JsonNode written = ScreeningFixtures.MAPPER.valueToTree(snake);

        assertThat(written).isEqualTo(tree("match-result-pascal.json"));
    }

    @Test
    void fieldIndicatorsAreOpen() {
        MerchantMatch match = ScreeningFixtures.read("match-result-pascal.json", MatchResult.class)
                .merchants().get(0).merchantMatch();

        assertThat(match.name()).isEqualTo(MatchIndicator.EXACT);
        assertThat(match.doingBusinessAsName()).isEqualTo(MatchIndicator.PHONETIC);
        assertThat(match.address()).isEqualTo(MatchIndicator.NO_MATCH);
        assertThat(match.name().isMatch()).isTrue();
        assertThat(match.doingBusinessAsName().isMatch()).isTrue();
        assertThat(match.address().isMatch()).isFalse();
        MatchIndicator unknown = match.principalMatches().get(0).driversLicense();
        assertThat(unknown.value()).isEqualTo("M03");
        assertThat(unknown.isKnown()).isFalse();
        assertThat(unknown.isMatch()).isFalse();
        assertThat(MatchIndicator.EXACT.isKnown()).isTrue();
    }

    @Test
    void merchantsAndTotalSpanEveryGroup() {
        MatchResult twoGroups = new MatchResult(0, "1", List.of(
                new PossibleMatches(2, List.of(merchant("A"))),
                new PossibleMatches(3, java.util.Arrays.asList(merchant("B"), null))));

        assertThat(twoGroups.merchants()).extracting(m -> m.merchant().name()).containsExactly("A", "B");
        assertThat(twoGroups.totalMatches()).isEqualTo(5);
        assertThat(new MatchResult(0, "1", List.of(new PossibleMatches(null, List.of(merchant("A")))))
                .totalMatches()).isNull();
        assertThat(new MatchResult(0, "1", null).merchants()).isEmpty();
        assertThat(new MatchResult(0, "1", null).totalMatches()).isNull();
    }

    @Test
    void aPageStartsWhereItWasAskedNotWhereTheServerSaysItDid() {
        // The server echoes 0; trusting the echo would ask for offset 1 again and again.
        MatchResult stale = new MatchResult(0, "1", List.of(new PossibleMatches(50, List.of(merchant("A")))));

        Page<TerminatedMerchant> page = MatchApi.page(stale, 40, 1);

        assertThat(page.nextCursor()).isEqualTo("41");
    }

    @Test
    void aPageWithoutTotalUsesTheServersDefaultLimitToDecide() {
        List<TerminatedMerchant> twenty = java.util.stream.IntStream.range(0, 20).mapToObj(i -> merchant("M" + i))
                .toList();
        List<TerminatedMerchant> nineteen = twenty.subList(0, 19);

        assertThat(MatchApi.page(new MatchResult(null, "1", List.of(new PossibleMatches(null, twenty))), null, null)
                .nextCursor()).isEqualTo("20");
        assertThat(MatchApi.page(new MatchResult(null, "1", List.of(new PossibleMatches(null, nineteen))), null, null)
                .hasMore()).isFalse();
    }

    @Test
    void anEmptyPageEndsTheWalkWhateverTheTotalClaims() {
        MatchResult empty = new MatchResult(0, "1", List.of(new PossibleMatches(50, List.of())));

        assertThat(MatchApi.page(empty, 0, 20).hasMore()).isFalse();
    }

    static TerminatedMerchant merchant(String name) {
        return new TerminatedMerchant(new MatchedMerchant(name, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null), null);
    }

    private static JsonNode tree(String name) {
        try {
            return ScreeningFixtures.MAPPER.readTree(ScreeningFixtures.body(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
