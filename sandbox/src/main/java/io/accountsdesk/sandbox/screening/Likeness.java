package io.accountsdesk.sandbox.screening;

/**
 * How one field of a terminated merchant compares with the merchant being screened. Each register writes it in its
 * own codes: MATCH as {@link #matchCode()}, VMSS as {@link #vmssCode()}.
 */
public enum Likeness {
    /** Equal once case, diacritics, punctuation and legal-form suffixes are set aside (digits only for numbers). */
    EXACT,
    /** Not equal, but every word sounds alike (Double Metaphone or Cologne phonetics), or a URL names the same site. */
    PHONETIC,
    /** Different, or one side did not give the field. */
    NONE;

    /**
     * MATCH's field indicator. The seed shows only {@code "string"} for these fields; these are the codes Mastercard's
     * MATCH API answers with ({@code M01} exact, {@code M02} phonetic, {@code M00} no match), the same the client's
     * {@code MatchIndicator} knows.
     */
    public String matchCode() {
        return switch (this) {
            case EXACT -> "M01";
            case PHONETIC -> "M02";
            case NONE -> "M00";
        };
    }

    /**
     * VMSS's field indicator. The seed shows only {@code "N"} (no match). For the other two the seed is silent; the
     * sandbox answers {@code "Y"} for an exact match and {@code "P"} for a partial (phonetic) one, which a client that
     * keeps unknown values as sent (as the client's {@code VmssMatchIndicator} does) shows unchanged.
     */
    public String vmssCode() {
        return switch (this) {
            case EXACT -> "Y";
            case PHONETIC -> "P";
            case NONE -> "N";
        };
    }

    public boolean isMatch() {
        return this != NONE;
    }

    /** The stronger of two. */
    public Likeness or(Likeness other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
