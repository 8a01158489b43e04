package io.accountsdesk.sandbox.accounts;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever accounts exist, and however they were created, renamed and deleted, a search through the trigram index
 * finds exactly the page a plain scan finds. Names come from a few letters that fold in tricky ways (Nordic letters
 * in both cases, ß, the Kelvin sign, dotted and dotless i), LIKE's own wildcards and digits, so searches hit often.
 */
class AccountSearchIndexPropertyTest {

    private static final String LETTERS = "aAåÅøØæÆsSßkK\u212AiIı\u0130 1-_%";
    private static final String DIGITS = "0123 -";

    private static SearchStore store;

    @BeforeContainer
    static void open() throws SQLException {
        store = new SearchStore();
    }

    @AfterContainer
    static void close() {
        store.close();
    }

    record Names(String businessName, String displayName, String organizationNumber) {
    }

    @Provide
    Arbitrary<Names> names() {
        Arbitrary<String> text = Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(12);
        return Combinators.combine(text, text.injectNull(0.3),
                        Arbitraries.strings().withChars(DIGITS).ofMaxLength(11).injectNull(0.3))
                .as(Names::new);
    }

    /** Searches as the list route takes them: trimmed and not empty; one to six chars, so some cannot use the index. */
    @Provide
    Arbitrary<String> terms() {
        return Arbitraries.strings().withChars(LETTERS + DIGITS + "T").ofMinLength(1).ofMaxLength(6)
                .map(String::trim).filter(s -> !s.isEmpty());
    }

    @Property(tries = 150)
    void theIndexFindsWhatTheScanFinds(@ForAll @Size(min = 1, max = 12) List<@From("names") Names> created,
                                       @ForAll @Size(max = 6) List<@From("names") Names> renames,
                                       @ForAll @Size(max = 4) List<@IntRange(max = 11) Integer> deletes,
                                       @ForAll @Size(min = 1, max = 6) List<@From("terms") String> terms,
                                       @ForAll @IntRange(min = 1, max = 5) int limit) throws SQLException {
        store.clear();
        List<String> ids = new ArrayList<>();
        for (Names n : created) {
            ids.add(store.create(n.businessName(), n.displayName(), n.organizationNumber()));
        }
        List<String> searches = new ArrayList<>(terms);
        // Pieces of real names with their case turned round: searches that do find something.
        for (Names n : created) {
            searches.add(swapCase(n.businessName().substring(n.businessName().length() / 3)).trim());
        }
        assertSame(searches, limit);

        for (int i = 0; i < renames.size(); i++) {
            Names n = renames.get(i);
            store.rename(ids.get(i % ids.size()), n.businessName(), n.displayName(), n.organizationNumber());
            searches.add(swapCase(n.businessName()).trim());
        }
        assertSame(searches, limit);

        for (int d : deletes) {
            if (d < ids.size()) {
                store.delete(ids.get(d));
            }
        }
        assertSame(searches, limit);
    }

    /** A full page and a short one: the index path must also keep the list's order and its limit. */
    private static void assertSame(List<String> searches, int limit) {
        for (String term : searches) {
            if (term.isEmpty()) {
                continue;
            }
            for (int pageSize : new int[] {100, limit}) {
                assertThat(store.search(term, pageSize, true)).as("search '%s', limit %d", term, pageSize)
                        .isEqualTo(store.search(term, pageSize, false));
            }
        }
    }

    private static String swapCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return b.toString();
    }
}
