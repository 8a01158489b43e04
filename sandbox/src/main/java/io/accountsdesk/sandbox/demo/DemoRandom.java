package io.accountsdesk.sandbox.demo;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Seeded randomness for one generated thing. Every account gets its own stream derived from (seed, index) alone,
 * so account 41 is the same whether or not accounts 0–40 were generated, and batches can be made in parallel.
 */
final class DemoRandom {

    private final SplittableRandom random;

    DemoRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    static DemoRandom forIndex(long seed, String purpose, long index) {
        return new DemoRandom(mix(mix(seed ^ purpose.hashCode() * 0x9E3779B97F4A7C15L) + index));
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated outputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in [min, max], both inclusive. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    long between(long min, long max) {
        return min + random.nextLong(max - min + 1);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Picks items[i] with probability weights[i] / sum(weights). */
    <T> T weighted(List<T> items, int... weights) {
        if (items.size() != weights.length) {
            throw new IllegalArgumentException("One weight per item");
        }
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return items.get(i);
            }
        }
        throw new AssertionError("unreachable");
    }

    String digits(int count) {
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    /** A version-4-shaped UUID from this stream (not {@link UUID#randomUUID()}, which would break determinism). */
    UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
