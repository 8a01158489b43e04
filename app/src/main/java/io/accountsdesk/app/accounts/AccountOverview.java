package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.CaptureStatistic;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
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

    /** Captured volume in one month, in the currency's minor unit. */
    record MonthlyCapture(YearMonth month, String currency, long volume, long count) {
    }

    static AccountOverview of(Account account, Messages messages) {
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale());
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
                : account.saleChannel().value()));
        facts.add(new Fact(messages.get("overview.language"), account.languageCode()));
        facts.add(new Fact(messages.get("overview.currency"), account.currency()));
        facts.add(new Fact(messages.get("overview.paymentCase"), account.paymentCaseStatus()));
        facts.add(new Fact(messages.get("overview.creditRating"), account.creditRating()));
        if (account.statistics() != null && account.statistics().metrics() != null) {
            facts.add(new Fact(messages.get("overview.firstCapture"),
                    timestamp(account.statistics().metrics().firstCaptureAt(), dateTime)));
            facts.add(new Fact(messages.get("overview.lastCapture"),
                    timestamp(account.statistics().metrics().lastCaptureAt(), dateTime)));
        }
        return new AccountOverview(List.copyOf(facts), counts(account.approvalsPaymentsStatuses()),
                counts(account.approvalsPayoutDestinationsStatuses()), captures(account));
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
    private static List<MonthlyCapture> captures(Account account) {
        if (account.statistics() == null || account.statistics().checkoutCaptures() == null) {
            return List.of();
        }
        List<MonthlyCapture> months = new ArrayList<>();
        for (CaptureStatistic capture : account.statistics().checkoutCaptures()) {
            if (!"monthly".equals(capture.type()) || capture.period() == null) {
                continue;
            }
            try {
                months.add(new MonthlyCapture(YearMonth.parse(capture.period()), capture.currency(),
                        capture.volume() == null ? 0 : capture.volume(),
                        capture.count() == null ? 0 : capture.count()));
            } catch (DateTimeParseException unreadable) {
                // a period the API may add later, such as a quarter: not a month, so not on this chart
            }
        }
        months.sort(Comparator.comparing(MonthlyCapture::month));
        return List.copyOf(months);
    }
}
