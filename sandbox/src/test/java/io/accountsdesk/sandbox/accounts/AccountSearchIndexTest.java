package io.accountsdesk.sandbox.accounts;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account list's search through the trigram index, against a table of Nordic names, case differences, terms
 * shorter than a trigram, LIKE wildcards and organisation numbers: each answer is written out by hand, and must also
 * be exactly what the plain scan answers.
 */
class AccountSearchIndexTest {

    private static SearchStore store;
    /** The ids of the accounts below, in order: account n of the table is ids.get(n - 1). */
    private static final List<String> ids = new ArrayList<>();

    @BeforeAll
    static void open() throws SQLException {
        store = new SearchStore();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @BeforeEach
    void accounts() throws SQLException {
        store.clear();
        ids.clear();
        ids.add(store.create("Østre Bakeri AS", "Østre Bakeri", "923 609 016"));
        ids.add(store.create("Ærlig Kaffe", null, null));
        ids.add(store.create("Smørbrød & Co", "SMØRBRØD", "556677-8899"));
        ids.add(store.create("Åsen Fisk", "ÅSEN", "987654321"));
        ids.add(store.create("Straße Café", null, null));
        ids.add(store.create("Kärnan Ögon AB", "kärnan", "559988-7766"));
        ids.add(store.create("100% Sirup_Vare", null, null));
    }

    /** The accounts (numbers as in {@link #accounts}) a search must find, newest first as the list serves them. */
    private static List<String> accounts(String numbers) {
        List<String> expected = new ArrayList<>();
        if (!numbers.isBlank()) {
            Arrays.stream(numbers.trim().split(" ")).mapToInt(Integer::parseInt).forEach(n -> expected.add(0, ids.get(n - 1)));
        }
        return expected;
    }

    private static List<String> searched(String term) {
        List<String> indexed = store.search(term, 100, true);
        assertThat(indexed).as("indexed search for '%s' against the plain scan", term)
                .isEqualTo(store.search(term, 100, false));
        return indexed;
    }

    @ParameterizedTest(name = "search ''{0}'' finds accounts [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            østre            | 1
            ØSTRE BAK        | 1
            bAKERI           | 1
            Ø                | 1 3
            øS               | 1
            ÆRLIG            | 2
            aerlig           |
            smørbrød         | 3
            SMORBROD         |
            åsen f           | 4
            STRAßE           | 5
            strasse          |
            CAFÉ             | 5
            cafe             |
            KÄRNAN           | 6
            ögon ab          | 6
            ØGON             |
            923609016        | 1
            923 609          | 1
            923-609-016      | 1
            5566778899       | 3
            T0000000         | 1 2 3 4 5 6 7
            00000004         | 4
            0%               | 7
            0% sir           | 7
            p_v              | 7
            pxv              |
            %                | 7
            &                | 3
            & co             | 3
            no-such-merchant |
            """)
    void findsWhatAPlainScanFinds(String term, String numbers) {
        assertThat(searched(term)).isEqualTo(accounts(numbers == null ? "" : numbers));
    }

    @Test
    void anUpdateOrDeleteChangesWhatTheIndexFinds() throws SQLException {
        store.rename(ids.get(0), "Vestre Bakeri AS", null, "911 222 333");
        store.delete(ids.get(2));

        assertThat(searched("østre")).isEmpty();
        assertThat(searched("VESTRE")).isEqualTo(accounts("1"));
        assertThat(searched("bakeri")).isEqualTo(accounts("1"));
        assertThat(searched("923609016")).isEmpty();
        assertThat(searched("911222")).isEqualTo(accounts("1"));
        assertThat(searched("smørbrød")).isEmpty();
        assertThat(searched("T0000000")).isEqualTo(accounts("1 2 4 5 6 7"));
    }

    @Test
    void aSearchThatFindsNothingIsAnsweredFromTheIndexAlone() throws SQLException {
        // Present and empty: some trigram is in no account, so the list needs to read no account row at all.
        assertThat(store.candidateGrams("no-such-merchant")).hasValue(List.of());
        assertThat(store.candidateGrams("bakeri")).hasValueSatisfying(grams -> assertThat(grams).hasSize(1));
        // Shorter than a trigram: the index cannot say, so the list scans as it always did.
        assertThat(store.candidateGrams("øs")).isEmpty();
    }

    /**
     * H2's ILIKE takes two chars as equal when their upper cases are, or their lower cases (or the lower cases of
     * their upper cases); folding must give each such pair the same char, or the index would miss a match.
     */
    @Test
    void foldingKeepsEveryPairThatIlikeTakesAsEqualTogether() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            char folded = AccountSearchIndex.fold(c);
            assertThat(AccountSearchIndex.fold(Character.toUpperCase(c))).as("U+%04X upper", i).isEqualTo(folded);
            assertThat(AccountSearchIndex.fold(Character.toLowerCase(c))).as("U+%04X lower", i).isEqualTo(folded);
        }
        assertThat(AccountSearchIndex.fold("ÆØÅ ÄÖ Straße \u212Aelvin İ")).isEqualTo("æøå äö straße kelvin i");
    }
}
