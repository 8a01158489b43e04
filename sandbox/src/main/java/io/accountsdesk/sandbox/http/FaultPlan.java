package io.accountsdesk.sandbox.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Faults the sandbox injects on purpose, so the client's and the app's handling of a bad network and a struggling
 * server can be tried and tested: added latency, a rate of 5xx answers, bursts of 429 with {@code Retry-After},
 * dropped connections and truncated bodies. Decisions come from one seeded random source, so a run can be repeated.
 *
 * <p>Written as rules separated by {@code ;}, each a comma-separated list of {@code key=value}:
 * <pre>
 *   latency=200ms                          every request waits 200 ms
 *   route=/accounts/&#42;/management/accounts, error=0.3
 *                                          30 % of account-list calls answer 503
 *   error=0.1:500                          10 % answer 500 instead
 *   burst429=3, every=10, retry_after=2    of every 10 matching requests, the first 3 answer 429, Retry-After: 2
 *   drop=0.05                              5 % of connections close without an answer
 *   truncate=0.05                          5 % of answers stop halfway through the body
 *   latency=50-400ms, method=GET           a random wait in that range, for GETs only
 *   seed=42                                the random source's seed (a rule of its own, or inside any rule)
 * </pre>
 * {@code route} is a path below {@code /v1}: {@code *} is one segment, {@code **} any number. Without a route a rule
 * applies everywhere except the sandbox-only {@code /_sandbox} routes, which stay reliable so a test can still steer.
 */
public final class FaultPlan {

    /** What to do to one request. {@code status} 0 means answer normally. */
    public record Fault(Duration delay, int status, int retryAfterSeconds, boolean drop, boolean truncate) {
        static final Fault NONE = new Fault(Duration.ZERO, 0, 0, false, false);

        public boolean isNone() {
            return equals(NONE);
        }
    }

    private record Rule(String routeText, Pattern route, String method, long latencyMin, long latencyMax,
                        double errorRate, int errorStatus, int burst, int every, int retryAfter, double dropRate,
                        double truncateRate, AtomicLong seen) {

        boolean applies(String method, String path) {
            if (this.method != null && !this.method.equals(method)) {
                return false;
            }
            if (route == null) {
                return !path.startsWith("/_sandbox");
            }
            return route.matcher(path).matches();
        }
    }

    /**
     * How many requests this plan has changed so far, by kind: what a soak reports beside the app's own figures. A
     * request can be delayed and also failed, so it may count under two kinds.
     */
    public record Injected(long delayed, long errors, long rateLimited, long dropped, long truncated) {

        public long failures() {
            return errors + rateLimited + dropped + truncated;
        }
    }

    private static final FaultPlan NONE = new FaultPlan(List.of(), 0, "");

    private final List<Rule> rules;
    private final Random random;
    private final String text;
    private final AtomicLong delayed = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong truncated = new AtomicLong();

    private FaultPlan(List<Rule> rules, long seed, String text) {
        this.rules = rules;
        this.random = new Random(seed);
        this.text = text;
    }

    public static FaultPlan none() {
        return NONE;
    }

    /** Parses the rules; a mistake names the rule and the key so the command line can say what to fix. */
    public static FaultPlan parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        List<Rule> rules = new ArrayList<>();
        long seed = 0;
        for (String ruleText : spec.split(";")) {
            if (ruleText.isBlank()) {
                continue;
            }
            String route = null;
            String method = null;
            long latencyMin = 0;
            long latencyMax = 0;
            double error = 0;
            int errorStatus = 503;
            int burst = 0;
            int every = 0;
            int retryAfter = 1;
            double drop = 0;
            double truncate = 0;
            boolean onlySeed = true;
            for (String pair : ruleText.split(",")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || kv[1].isBlank()) {
                    throw new IllegalArgumentException("Fault rule '" + ruleText.trim() + "': '" + pair.trim()
                            + "' is not key=value");
                }
                String key = kv[0].trim().toLowerCase(Locale.ROOT);
                String value = kv[1].trim();
                if (!key.equals("seed")) {
                    onlySeed = false;
                }
                try {
                    switch (key) {
                        case "seed" -> seed = Long.parseLong(value);
                        case "route" -> route = value;
                        case "method" -> method = value.toUpperCase(Locale.ROOT);
                        case "latency" -> {
                            String ms = value.toLowerCase(Locale.ROOT).replace("ms", "");
                            String[] range = ms.split("-", 2);
                            latencyMin = Long.parseLong(range[0].trim());
                            latencyMax = range.length == 2 ? Long.parseLong(range[1].trim()) : latencyMin;
                        }
                        case "error" -> {
                            String[] rateStatus = value.split(":", 2);
                            error = rate(rateStatus[0]);
                            if (rateStatus.length == 2) {
                                errorStatus = Integer.parseInt(rateStatus[1].trim());
                                if (errorStatus < 500 || errorStatus > 599) {
                                    throw new IllegalArgumentException("the status must be 5xx");
                                }
                            }
                        }
                        case "burst429" -> burst = Integer.parseInt(value);
                        case "every" -> every = Integer.parseInt(value);
                        case "retry_after", "retry-after" -> retryAfter = Integer.parseInt(value);
                        case "drop" -> drop = rate(value);
                        case "truncate" -> truncate = rate(value);
                        default -> throw new IllegalArgumentException("unknown key; use route, method, latency, error,"
                                + " burst429, every, retry_after, drop, truncate or seed");
                    }
                } catch (IllegalArgumentException bad) {
                    throw new IllegalArgumentException("Fault rule '" + ruleText.trim() + "', " + key + "=" + value
                            + ": " + bad.getMessage(), bad);
                }
            }
            if (!onlySeed) {
                rules.add(new Rule(route, route == null ? null : glob(route), method, latencyMin,
                        Math.max(latencyMin, latencyMax), error, errorStatus, burst, every, retryAfter, drop, truncate,
                        new AtomicLong()));
            }
        }
        return new FaultPlan(List.copyOf(rules), seed, spec.trim());
    }

    private static double rate(String value) {
        double rate = Double.parseDouble(value.trim());
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("a rate is between 0 and 1");
        }
        return rate;
    }

    private static Pattern glob(String route) {
        StringBuilder regex = new StringBuilder();
        for (String part : route.split("(?=\\*)|(?<=\\*)")) {
            regex.append(switch (part) {
                case "*" -> "[^/]+";
                default -> Pattern.quote(part);
            });
        }
        return Pattern.compile(regex.toString().replace("[^/]+[^/]+", ".*"));
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The first matching rule decides; later rules only add latency. */
    public Fault decide(String method, String path) {
        if (rules.isEmpty()) {
            return Fault.NONE;
        }
        long delay = 0;
        Fault decided = null;
        synchronized (random) {
            for (Rule rule : rules) {
                if (!rule.applies(method, path)) {
                    continue;
                }
                long n = rule.seen().getAndIncrement();
                if (rule.latencyMax() > 0) {
                    delay += rule.latencyMin() + (rule.latencyMax() == rule.latencyMin() ? 0
                            : random.nextLong(rule.latencyMax() - rule.latencyMin() + 1));
                }
                if (decided != null) {
                    continue;
                }
                if (rule.burst() > 0 && (rule.every() > 0 ? n % rule.every() < rule.burst() : n < rule.burst())) {
                    decided = new Fault(Duration.ZERO, 429, rule.retryAfter(), false, false);
                } else if (rule.dropRate() > 0 && random.nextDouble() < rule.dropRate()) {
                    decided = new Fault(Duration.ZERO, 0, 0, true, false);
                } else if (rule.errorRate() > 0 && random.nextDouble() < rule.errorRate()) {
                    decided = new Fault(Duration.ZERO, rule.errorStatus(), 0, false, false);
                } else if (rule.truncateRate() > 0 && random.nextDouble() < rule.truncateRate()) {
                    decided = new Fault(Duration.ZERO, 0, 0, false, true);
                }
            }
        }
        Fault fault = decided == null ? Fault.NONE : decided;
        count(fault, delay);
        return delay == 0 ? fault
                : new Fault(Duration.ofMillis(delay), fault.status(), fault.retryAfterSeconds(), fault.drop(), fault.truncate());
    }

    private void count(Fault fault, long delay) {
        if (delay > 0) {
            delayed.incrementAndGet();
        }
        if (fault.drop()) {
            dropped.incrementAndGet();
        } else if (fault.truncate()) {
            truncated.incrementAndGet();
        } else if (fault.status() == 429) {
            rateLimited.incrementAndGet();
        } else if (fault.status() != 0) {
            errors.incrementAndGet();
        }
    }

    /** The faults injected so far. A truncation is counted when decided; a body too short to halve is sent whole. */
    public Injected injected() {
        return new Injected(delayed.get(), errors.get(), rateLimited.get(), dropped.get(), truncated.get());
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "no faults" : text;
    }
}
