package io.accountsdesk.sandbox.demo;

import java.math.BigInteger;

/**
 * Maps an account's index to a unique, random-looking 8-digit number that never ends in 00000 (those are partner
 * ids). An affine permutation of the 99,999,000 allowed numbers gives uniqueness without remembering what was
 * issued, so any index can be generated independently of the others.
 */
final class AccountIdSequence {

    /** 1,000 blocks of 99,999 numbers: every 8-digit number except those ending in 00000. */
    static final long SPACE = 1_000L * 99_999L;

    private final long multiplier;
    private final long offset;

    AccountIdSequence(long seed) {
        long m = Math.floorMod(DemoRandom.mix(seed ^ 0x5DEECE66DL), SPACE / 2) + SPACE / 3;
        while (BigInteger.valueOf(m).gcd(BigInteger.valueOf(SPACE)).intValue() != 1) {
            m++;
        }
        this.multiplier = m;
        this.offset = Math.floorMod(DemoRandom.mix(seed + 0x2545F4914F6CDD1DL), SPACE);
    }

    /** The account id for index {@code i}, e.g. {@code T48213377}. */
    String accountId(String modePrefix, long index) {
        if (index < 0 || index >= SPACE) {
            throw new IllegalArgumentException("Index out of range: " + index);
        }
        // Both factors are below 10^8, so the product fits a long.
        long p = (multiplier * index + offset) % SPACE;
        long number = (p / 99_999L) * 100_000L + (p % 99_999L) + 1;
        return modePrefix + String.format("%08d", number);
    }
}
