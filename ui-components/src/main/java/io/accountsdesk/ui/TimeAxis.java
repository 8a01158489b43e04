package io.accountsdesk.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the ticks of a time axis: the finest calendar step (hours, days, weeks, months, years) whose ticks stay far
 * enough apart to be read, placed on calendar boundaries in the viewer's zone (midnight, the locale's first day of the
 * week, the first of the month) and labelled in the viewer's locale. Plain Java, so it is tested without a toolkit.
 */
final class TimeAxis {

    /** A tick: where it is, and the words under it. */
    record Tick(Instant at, String label) {
    }

    private enum Step {
        HOUR(ChronoUnit.HOURS, 1), HOURS_3(ChronoUnit.HOURS, 3), HOURS_6(ChronoUnit.HOURS, 6),
        HOURS_12(ChronoUnit.HOURS, 12), DAY(ChronoUnit.DAYS, 1), DAYS_2(ChronoUnit.DAYS, 2),
        WEEK(ChronoUnit.WEEKS, 1), WEEKS_2(ChronoUnit.WEEKS, 2), MONTH(ChronoUnit.MONTHS, 1),
        MONTHS_3(ChronoUnit.MONTHS, 3), MONTHS_6(ChronoUnit.MONTHS, 6), YEAR(ChronoUnit.YEARS, 1),
        YEARS_5(ChronoUnit.YEARS, 5), YEARS_10(ChronoUnit.YEARS, 10);

        final ChronoUnit unit;
        final int count;

        Step(ChronoUnit unit, int count) {
            this.unit = unit;
            this.count = count;
        }

        Duration approximate() {
            return unit.getDuration().multipliedBy(count);
        }
    }

    private TimeAxis() {
    }

    /** The ticks between {@code from} and {@code to} for an axis {@code width} pixels wide. */
    static List<Tick> ticks(Instant from, Instant to, double width, double minSpacing, ZoneId zone, Locale locale) {
        List<Tick> ticks = new ArrayList<>();
        long rangeMillis = Duration.between(from, to).toMillis();
        if (rangeMillis <= 0 || width <= 0) {
            return ticks;
        }
        Step step = stepFor(rangeMillis, width, minSpacing);
        Labels labels = new Labels(locale);
        ZonedDateTime tick = firstAtOrBefore(from.atZone(zone), step, locale);
        // Long ranges can need hundreds of ticks only if the width is absurd; the cap keeps a bad width harmless.
        for (int guard = 0; guard < 500 && !tick.toInstant().isAfter(to); guard++) {
            if (!tick.toInstant().isBefore(from)) {
                ticks.add(new Tick(tick.toInstant(), labels.of(tick, step)));
            }
            tick = tick.plus(step.count, step.unit);
            if (step.unit == ChronoUnit.HOURS) {
                // Across a DST change, plain hour steps drift off the even hours; pull each day back onto them.
                tick = tick.withHour(tick.getHour() / step.count * step.count).truncatedTo(ChronoUnit.HOURS);
            }
        }
        return ticks;
    }

    private static Step stepFor(long rangeMillis, double width, double minSpacing) {
        double pixelsPerMilli = width / rangeMillis;
        for (Step step : Step.values()) {
            if (step.approximate().toMillis() * pixelsPerMilli >= minSpacing) {
                return step;
            }
        }
        return Step.YEARS_10;
    }

    private static ZonedDateTime firstAtOrBefore(ZonedDateTime at, Step step, Locale locale) {
        ZonedDateTime day = at.truncatedTo(ChronoUnit.DAYS);
        return switch (step.unit) {
            case HOURS -> at.truncatedTo(ChronoUnit.HOURS).withHour(at.getHour() / step.count * step.count);
            case DAYS -> day;
            case WEEKS -> {
                DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
                yield day.with(TemporalAdjusters.previousOrSame(first));
            }
            case MONTHS -> {
                ZonedDateTime month = day.withDayOfMonth(1);
                yield month.withMonth((month.getMonthValue() - 1) / step.count * step.count + 1);
            }
            default -> {
                ZonedDateTime year = day.withDayOfYear(1);
                yield year.withYear(year.getYear() / step.count * step.count);
            }
        };
    }

    /** Tick words in the viewer's locale: "14:00", "3 Oct" / "3. okt.", "Oct 2024", "2024". */
    private static final class Labels {
        private final DateTimeFormatter time;
        private final DateTimeFormatter dayMonth;
        private final DateTimeFormatter month;
        private final DateTimeFormatter monthYear;
        private final DateTimeFormatter year;

        Labels(Locale locale) {
            time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
            dayMonth = DateTimeFormatter.ofPattern(dayMonthPattern(locale), locale);
            month = DateTimeFormatter.ofPattern("LLL", locale);
            monthYear = DateTimeFormatter.ofPattern("LLL y", locale);
            year = DateTimeFormatter.ofPattern("y", locale);
        }

        String of(ZonedDateTime tick, Step step) {
            return switch (step.unit) {
                case HOURS -> tick.getHour() == 0 ? dayMonth.format(tick) : time.format(tick);
                case DAYS, WEEKS -> dayMonth.format(tick);
                // The year is named where it changes, so a long axis still says which year it shows.
                case MONTHS -> tick.getMonthValue() == 1 ? monthYear.format(tick) : month.format(tick);
                default -> year.format(tick);
            };
        }
    }

    /**
     * The locale's medium date pattern without its year ("d MMM y" → "d MMM", "MMM d, y" → "MMM d",
     * "d. MMM y" → "d. MMM"): Java 17 has no skeleton API for "day and month only".
     */
    static String dayMonthPattern(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.MEDIUM, null, IsoChronology.INSTANCE, locale);
        String withoutYear = pattern.replaceAll("y+", "").strip();
        withoutYear = withoutYear.replaceAll("^[\\s,/.-]+|[\\s,/-]+$", "");
        return withoutYear.isEmpty() ? "d MMM" : withoutYear;
    }
}
