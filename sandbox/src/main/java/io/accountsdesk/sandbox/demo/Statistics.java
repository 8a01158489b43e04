package io.accountsdesk.sandbox.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code statistics.checkout_captures}: monthly capture volume for the last twelve months. Only money that could have
 * flowed shows up: nothing before the first connection was approved, nothing after an account was frozen or
 * deactivated, a trickle of test captures for accounts still applying, and a December peak for everyone.
 */
final class Statistics {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Statistics() {
    }

    static ObjectNode generate(DemoRandom r, Country country, String progression, int ticket, long yearly,
                               List<GeneratedConnection> connections) {
        ObjectNode statistics = F.objectNode();
        ArrayNode captures = statistics.putArray("checkout_captures");
        ObjectNode metrics = statistics.putObject("metrics");

        Instant enabledAt = connections.stream().map(GeneratedConnection::enabledAt)
                .filter(java.util.Objects::nonNull).min(Instant::compareTo).orElse(null);
        if (enabledAt == null) {
            return statistics;
        }
        List<YearMonth> months = DemoDataGenerator.statisticsMonths();
        // Frozen and deactivated accounts stopped capturing at some month; -1 = still capturing.
        int stopAt = switch (progression) {
            case "frozen" -> r.between(6, 11);
            case "deactivated" -> r.between(0, 10);
            default -> -1;
        };
        double monthlyCount = Math.max(1.0, (double) yearly / 12.0 / Math.max(1, ticket));
        Instant first = null;
        Instant last = null;
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            Instant start = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            if (!end.isAfter(enabledAt) || (stopAt >= 0 && i >= stopAt)) {
                continue;
            }
            double share = enabledAt.isAfter(start)
                    ? (double) Duration.between(enabledAt, end).toHours() / Duration.between(start, end).toHours() : 1.0;
            long count;
            if (progression.equals("applied")) {
                if (!r.chance(0.3)) {
                    continue;
                }
                count = r.between(1, 5); // test captures while the application is reviewed
            } else {
                count = Math.round(monthlyCount * share * season(month) * (0.8 + 0.4 * r.nextDouble()));
                if (count == 0) {
                    continue;
                }
            }
            long volume = Math.round(count * ticket * 100.0 * (0.85 + 0.3 * r.nextDouble()));
            captures.addObject()
                    .put("type", "monthly")
                    .put("periode", month.toString())
                    .put("currency", country.currency)
                    .put("volume", volume)
                    .put("count", count);
            Instant firstInMonth = (enabledAt.isAfter(start) ? enabledAt : start).plusSeconds(r.between(3600, 86_400));
            if (firstInMonth.isAfter(DemoDataGenerator.ANCHOR)) {
                firstInMonth = DemoDataGenerator.ANCHOR;
            }
            if (first == null) {
                first = firstInMonth;
            }
            Instant lastInMonth = (end.isAfter(DemoDataGenerator.ANCHOR) ? DemoDataGenerator.ANCHOR : end)
                    .minusSeconds(r.between(600, 86_400));
            last = lastInMonth.isBefore(firstInMonth) ? firstInMonth : lastInMonth;
        }
        if (first != null) {
            metrics.put("checkout:transaction:first_capture_at", DemoDataGenerator.ts(first));
            metrics.put("checkout:transaction:last_capture_at", DemoDataGenerator.ts(last));
        }
        return statistics;
    }

    private static double season(YearMonth month) {
        return switch (month.getMonthValue()) {
            case 12 -> 1.45;
            case 11 -> 1.2;
            case 1 -> 0.8;
            case 7 -> 0.85;
            default -> 1.0;
        };
    }
}
