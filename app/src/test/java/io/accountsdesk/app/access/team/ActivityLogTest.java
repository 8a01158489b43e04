package io.accountsdesk.app.access.team;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.client.users.UserActivity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The activity log's paging and filters, which happen on the client because the API answers the whole log at once.
 * Sixty entries over three days are more than the sandbox makes cheaply, so they are written here.
 */
class ActivityLogTest {

    private static final OffsetDateTime START = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private static List<UserActivity> entries() {
        List<UserActivity> entries = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            entries.add(new UserActivity("a" + i, START.plusHours(i * 1L), i % 3 == 0 ? "user.password" : "auth.token",
                    "me", "me", new UserActivity.Context("10.0.0." + i, "test")));
        }
        return entries;
    }

    private static ActivityLog log() {
        ActivityLog log = new ActivityLog(ZoneOffset.UTC);
        log.show(entries());
        return log;
    }

    @Test
    void pagesNewestFirst() {
        ActivityLog log = log();

        assertThat(log.pageCountProperty().get()).isEqualTo(3);
        assertThat(log.page()).hasSize(ActivityLog.PAGE_SIZE);
        assertThat(log.page().get(0).id()).isEqualTo("a59");
        log.nextPage();
        log.nextPage();
        log.nextPage();
        assertThat(log.pageIndexProperty().get()).isEqualTo(2);
        assertThat(log.page()).hasSize(60 - 2 * ActivityLog.PAGE_SIZE);
        assertThat(log.page().get(log.page().size() - 1).id()).isEqualTo("a0");
        log.previousPage();
        assertThat(log.page().get(0).id()).isEqualTo("a34");
    }

    @Test
    void filtersByActionAndDayAndStartsAgainFromTheFirstPage() {
        ActivityLog log = log();
        log.nextPage();

        log.actionProperty().set("user.password");
        assertThat(log.pageIndexProperty().get()).isZero();
        assertThat(log.matchCountProperty().get()).isEqualTo(20);
        assertThat(log.page()).allSatisfy(a -> assertThat(a.action()).isEqualTo("user.password"));

        log.fromProperty().set(LocalDate.of(2026, 3, 2));
        log.toProperty().set(LocalDate.of(2026, 3, 2));
        assertThat(log.page()).isNotEmpty().allSatisfy(a -> assertThat(a.createdAt().toLocalDate())
                .isEqualTo(LocalDate.of(2026, 3, 2)));
        assertThat(log.matchCountProperty().get()).isEqualTo(8);
        assertThat(log.actions()).containsExactly("auth.token", "user.password");
    }
}
