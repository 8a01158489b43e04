package io.accountsdesk.sandbox.screening;

import java.util.function.Function;

/**
 * The exact and phonetic matches of one listing's comparison, counted as each field's indicator is written in a
 * register's codes ({@link Likeness#matchCode()} or {@link Likeness#vmssCode()}); the counts rank the hits.
 */
public final class Tally {

    private final Function<Likeness, String> code;
    private int exact;
    private int phonetic;

    public Tally(Function<Likeness, String> code) {
        this.code = code;
    }

    /** Counts {@code likeness} and returns its code. */
    public String add(Likeness likeness) {
        if (likeness == Likeness.EXACT) {
            exact++;
        } else if (likeness == Likeness.PHONETIC) {
            phonetic++;
        }
        return code.apply(likeness);
    }

    public int exact() {
        return exact;
    }

    public int phonetic() {
        return phonetic;
    }
}
