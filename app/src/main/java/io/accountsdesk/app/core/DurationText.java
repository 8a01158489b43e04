package io.accountsdesk.app.core;

import java.time.Duration;

/** A duration as people say it, in two units at most: "12 d 4 h", "35 min", in the user's language. */
public final class DurationText {

    private DurationText() {
    }

    public static String of(Duration duration, Messages messages) {
        if (duration == null) {
            return "";
        }
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return hours > 0 ? messages.format("duration.daysHours", days, hours) : messages.format("duration.days", days);
        }
        if (hours > 0) {
            return mins > 0 ? messages.format("duration.hoursMinutes", hours, mins) : messages.format("duration.hours", hours);
        }
        return messages.format("duration.minutes", mins);
    }
}
