package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimeAxisTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final Instant FROM = ZonedDateTime.of(2024, 10, 3, 13, 20, 0, 0, OSLO).toInstant();

    @Test
    void aFewDaysGetTicksAtLocalMidnightLabelledWithDayAndMonth() {
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(FROM, FROM.plus(Duration.ofDays(6)), 800, 96, OSLO, Locale.UK);
        assertThat(ticks).isNotEmpty();
        for (TimeAxis.Tick tick : ticks) {
            ZonedDateTime local = tick.at().atZone(OSLO);
            assertThat(local.getHour()).isZero();
            assertThat(local.getMinute()).isZero();
            assertThat(tick.at()).isAfterOrEqualTo(FROM);
        }
        assertThat(ticks.get(0).label()).isEqualTo("4 Oct");
        assertSpacing(ticks, FROM, FROM.plus(Duration.ofDays(6)), 800, 96);
    }

    @Test
    void weeksStartOnTheLocalesFirstDay() {
        Instant to = FROM.plus(Duration.ofDays(40));
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(FROM, to, 800, 96, OSLO, NB);
        assertThat(ticks).isNotEmpty();
        assertThat(ticks).allSatisfy(tick -> assertThat(tick.at().atZone(OSLO).getDayOfWeek())
                .isEqualTo(DayOfWeek.MONDAY));
        assertThat(ticks.get(0).label()).isEqualTo("7. okt.");
        assertSpacing(ticks, FROM, to, 800, 96);
    }

    @Test
    void longRangesGetMonthsNamingTheYearInJanuary() {
        Instant to = FROM.plus(Duration.ofDays(400));
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(FROM, to, 1200, 80, OSLO, Locale.UK);
        assertThat(ticks).allSatisfy(tick -> assertThat(tick.at().atZone(OSLO).getDayOfMonth()).isEqualTo(1));
        assertThat(ticks).extracting(TimeAxis.Tick::label).contains("Jan 2025").doesNotContain("Jan");
        assertSpacing(ticks, FROM, to, 1200, 80);
    }

    @Test
    void hoursShowTheTimeAndMidnightShowsTheDay() {
        Instant to = FROM.plus(Duration.ofHours(14));
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(FROM, to, 1400, 80, OSLO, Locale.UK);
        assertThat(ticks).extracting(TimeAxis.Tick::label).contains("4 Oct").anyMatch(l -> l.matches("\\d\\d:00"));
        assertSpacing(ticks, FROM, to, 1400, 80);
    }

    @Test
    void dayMonthPatternsDropOnlyTheYear() {
        assertThat(TimeAxis.dayMonthPattern(Locale.UK)).isEqualTo("d MMM");
        assertThat(TimeAxis.dayMonthPattern(Locale.US)).isEqualTo("MMM d");
        assertThat(TimeAxis.dayMonthPattern(NB)).isEqualTo("d. MMM");
    }

    @Test
    void anEmptyRangeHasNoTicks() {
        assertThat(TimeAxis.ticks(FROM, FROM, 800, 96, OSLO, Locale.UK)).isEmpty();
    }

    private static void assertSpacing(List<TimeAxis.Tick> ticks, Instant from, Instant to, double width,
            double minSpacing) {
        double pixelsPerMilli = width / Duration.between(from, to).toMillis();
        for (int i = 1; i < ticks.size(); i++) {
            double gap = Duration.between(ticks.get(i - 1).at(), ticks.get(i).at()).toMillis() * pixelsPerMilli;
            // A DST change may shorten one gap by an hour; the step itself is chosen for the minimum.
            assertThat(gap).isGreaterThan(minSpacing * 0.95);
        }
    }
}
