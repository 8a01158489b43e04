package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.ui.MoneyFormat;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.CaptureStatistic;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The account at a glance, ready to show: key facts, the approvals counted by status, and checkout captures by
 * month. All text is translated and formatted; the chart gets numbers.
 */
record AccountOverview(List<Fact> facts, List<StatusCount> payments, List<StatusCount> payoutDestinations,
                       List<MonthlyCapture> captures) {

    /** One labelled value; {@code null} values show as missing. */
    record Fact(String label, String value) {
    }

    /** How many approvals are in one status. */
    record StatusCount(String status, int count) {
    }

    /**
     * Captured volume in one month: in the currency's minor unit, in its main unit for the chart's axis, and as the
     * words of the bar's label and tooltip.
     */
    record MonthlyCapture(YearMonth month, String currency, long volume, long count, double amount, String label,
                          String tooltip) {
    }

    static AccountOverview of(Account account, Messages messages, ZoneId zone) {
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(messages.get("overview.accountId"), account.accountId()));
        facts.add(new Fact(messages.get("overview.partner"), account.partnerId()));
        facts.add(new Fact(messages.get("overview.created"), format(account.createdAt(), dateTime)));
        facts.add(new Fact(messages.get("overview.updated"), format(account.updatedAt(), dateTime)));
        facts.add(new Fact(messages.get("overview.mode"), account.livemode() == null ? null
                : messages.get(account.livemode() ? "overview.mode.live" : "overview.mode.test")));
        facts.add(new Fact(messages.get("overview.active"), account.active() == null ? null
                : messages.get(account.active() ? "common.yes" : "common.no")));
        facts.add(new Fact(messages.get("overview.manager"), account.accountManager() == null ? null
                : account.accountManager().email()));
        facts.add(new Fact(messages.get("overview.saleChannel"), account.saleChannel() == null ? null
                : Vocabularies.saleChannels(messages).labelOf(account.saleChannel().value())));
        facts.add(new Fact(messages.get("overview.language"), account.languageCode()));
        facts.add(new Fact(messages.get("overview.currency"), account.currency()));
        facts.add(new Fact(messages.get("overview.paymentCase"), account.paymentCaseStatus() == null ? null
                : Vocabularies.caseStatuses(messages).labelOf(account.paymentCaseStatus())));
        facts.add(new Fact(messages.get("overview.creditRating"), account.creditRating()));
        if (account.statistics() != null && account.statistics().metrics() != null) {
            facts.add(new Fact(messages.get("overview.firstCapture"),
                    timestamp(account.statistics().metrics().firstCaptureAt(), dateTime)));
            facts.add(new Fact(messages.get("overview.lastCapture"),
                    timestamp(account.statistics().metrics().lastCaptureAt(), dateTime)));
        }
        return new AccountOverview(List.copyOf(facts), counts(account.approvalsPaymentsStatuses()),
                counts(account.approvalsPayoutDestinationsStatuses()), captures(account, messages));
    }

    private static String format(OffsetDateTime time, DateTimeFormatter format) {
        return time == null ? null : format.format(time);
    }

    /** The seed types these metrics as plain strings; a timestamp shows formatted, anything else as sent. */
    private static String timestamp(String text, DateTimeFormatter format) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return format.format(OffsetDateTime.parse(text));
        } catch (DateTimeParseException notATimestamp) {
            return text;
        }
    }

    private static MonthlyCapture capture(YearMonth month, String currency, long volume, long count,
                                          Messages messages) {
        MoneyFormat money = new MoneyFormat(messages.locale());
        double amount = volume / Math.pow(10, MoneyFormat.fractionDigits(currency));
        String label = DateTimeFormatter.ofPattern("MMM yy", messages.locale()).format(month);
        String tooltip = messages.format("overview.chart.point",
                month.getMonth().getDisplayName(TextStyle.FULL, messages.locale()), month.getYear(),
                money.format(volume, currency), count);
        return new MonthlyCapture(month, currency, volume, count, amount, label, tooltip);
    }

    /** Statuses with at least one approval, most first. */
    private static List<StatusCount> counts(Map<String, Integer> byStatus) {
        if (byStatus == null) {
            return List.of();
        }
        return byStatus.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() > 0)
                .map(e -> new StatusCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(StatusCount::count).reversed())
                .toList();
    }

    /** Monthly figures only (weekly ones would double count), oldest first; unreadable periods are skipped. */
    private static List<MonthlyCapture> captures(Account account, Messages messages) {
        if (account.statistics() == null || account.statistics().checkoutCaptures() == null) {
            return List.of();
        }
        List<MonthlyCapture> months = new ArrayList<>();
        for (CaptureStatistic capture : account.statistics().checkoutCaptures()) {
            if (!"monthly".equals(capture.type()) || capture.period() == null) {
                continue;
            }
            try {
                months.add(capture(YearMonth.parse(capture.period()), capture.currency(),
                        capture.volume() == null ? 0 : capture.volume(),
                        capture.count() == null ? 0 : capture.count(), messages));
            } catch (DateTimeParseException unreadable) {
                // a period the API may add later, such as a quarter: not a month, so not on this chart
            }
        }
        months.sort(Comparator.comparing(MonthlyCapture::month));
        return List.copyOf(months);
    }
}
