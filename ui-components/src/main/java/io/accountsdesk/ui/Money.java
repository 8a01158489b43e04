package io.accountsdesk.ui;

import java.util.Comparator;

/**
 * An amount as the API sends it: minor units (øre, cents) and an ISO 4217 code. Compares by currency, then amount,
 * so a sorted column groups each currency together instead of mixing kroner with euros.
 */
public record Money(long minorUnits, String currency) implements Comparable<Money> {

    private static final Comparator<Money> ORDER = Comparator
            .comparing(Money::currency, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparingLong(Money::minorUnits);

    @Override
    public int compareTo(Money other) {
        return ORDER.compare(this, other);
    }
}
