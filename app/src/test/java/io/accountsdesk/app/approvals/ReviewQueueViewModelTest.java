package io.accountsdesk.app.approvals;

import io.accountsdesk.app.TestAccountPage;
import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestAccounts;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.accounts.AccountEvent;
import io.accountsdesk.client.accounts.AccountEventQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The review queue against the in-process sandbox: cases made through the Approvals tab, read across accounts. */
class ReviewQueueViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    @TempDir
    Path configDir;

    @TempDir
    Path otherConfigDir;

    /** A fresh account with one payments application (waiting for details) and one seller waiting for signature. */
    private String accountWithCases(TestServices test, String name) {
        String aid = TestAccounts.fresh(sandbox, name).accountId();
        ApprovalsTabViewModel tab = new ApprovalsTabViewModel(test.services, new TestAccountPage(sandbox, aid));
        tab.shown();
        tab.openApply();
        ApprovalsFill.payments((PaymentApplicationForm) tab.formProperty().get(), "billie").submit();
        tab.openSeller();
        ApprovalsFill.seller((SellerForm) tab.formProperty().get(), "waiting", "WAITING_FOR_SIGNATURE").submit();
        tab.openSeller();
        ApprovalsFill.seller((SellerForm) tab.formProperty().get(), "done", "ACTIVE").submit();
        assertThat(tab.payments()).hasSize(1);
        assertThat(tab.sellers()).hasSize(2);
        return aid;
    }

    private ReviewQueueViewModel queue(TestServices test) {
        ReviewQueueViewModel queue = new ReviewQueueViewModel(test.services);
        queue.activate(Place.of(ReviewQueueViewModel.SCREEN));
        return queue;
    }

    private static List<QueueRow> of(ReviewQueueViewModel queue, String aid) {
        return queue.rows().stream().filter(r -> r.accountId().equals(aid)).toList();
    }

    @Test
    void theQueueShowsEveryWaitingCaseWithItsTimeInStatusAndNextReminder() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        String aid = accountWithCases(test, "Queue Shop AS");
        ReviewQueueViewModel queue = queue(test);
        List<QueueRow> rows = of(queue, aid);
        // The approved seller is final and stays out; the CDD cases behind the two applications are not queued twice.
        assertThat(rows).extracting(QueueRow::kind, QueueRow::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(CaseKind.PAYMENTS, "WAITING_FOR_DETAILS"),
                org.assertj.core.groups.Tuple.tuple(CaseKind.SELLER, "WAITING_FOR_SIGNATURE"));
        for (QueueRow row : rows) {
            assertThat(row.since()).isNotNull();
            assertThat(row.waited()).isNotNull().isLessThan(Duration.ofMinutes(5)).isGreaterThanOrEqualTo(Duration.ZERO);
            assertThat(row.waitedText()).isNotEmpty();
            // Just entered its status: the first reminder, after 24 hours, is next.
            assertThat(row.reminderIn()).isBetween(Duration.ofHours(23), Duration.ofHours(24));
            assertThat(row.nextReminder()).contains("1 d");
            assertThat(row.accountName()).isEqualTo("Queue Shop AS");
        }
        QueueRow seller = rows.stream().filter(r -> r.kind() == CaseKind.SELLER).findFirst().orElseThrow();
        assertThat(seller.signatureLink()).startsWith("https://");
        assertThat(queue.summaryProperty().get()).isNotEmpty();
    }

    @Test
    void theFiltersNarrowTheQueueAndASavedViewKeepsThem() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        String aid = accountWithCases(test, "Filter Queue AS");
        ReviewQueueViewModel queue = queue(test);
        assertThat(of(queue, aid)).hasSize(2);
        queue.kindProperty().set("seller");
        assertThat(queue.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.kind()).isEqualTo(CaseKind.SELLER));
        queue.minDaysProperty().set(1);
        assertThat(of(queue, aid)).isEmpty();
        queue.saveView("Sellers a day old");
        assertThat(test.preferences.current().savedViews()).anySatisfy(view -> {
            assertThat(view.name()).isEqualTo("Sellers a day old");
            assertThat(Place.parse(view.place()).param("kind")).isEqualTo("seller");
            assertThat(Place.parse(view.place()).param("age")).isEqualTo("1");
        });
        ReviewQueueViewModel reopened = queue(test);
        reopened.activate(Place.parse(test.preferences.current().savedViews().get(0).place()));
        assertThat(reopened.kindProperty().get()).isEqualTo("seller");
        assertThat(reopened.minDaysProperty().get()).isEqualTo(1);
    }

    @Test
    void anAssignmentMadeByOneSessionIsSeenByAnother() {
        TestServices first = TestServices.of(sandbox.session(), configDir);
        TestServices second = TestServices.of(sandbox.session(), otherConfigDir);
        String aid = accountWithCases(first, "Shared Review AS");
        ReviewQueueViewModel mine = queue(first);
        QueueRow row = of(mine, aid).stream().filter(r -> r.kind() == CaseKind.PAYMENTS).findFirst().orElseThrow();
        assertThat(row.assignee()).isEmpty();
        mine.assignToMe(row);
        assertThat(of(mine, aid)).filteredOn(r -> r.key().equals(row.key()))
                .extracting(QueueRow::assignee).containsExactly(mine.me());

        ReviewQueueViewModel theirs = queue(second);
        assertThat(of(theirs, aid)).filteredOn(r -> r.key().equals(row.key()))
                .extracting(QueueRow::assignee).containsExactly(mine.me());
        assertThat(theirs.assignees()).contains(mine.me());
        theirs.assigneeProperty().set(mine.me());
        assertThat(theirs.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.assignee()).isEqualTo(mine.me()));
        theirs.assigneeProperty().set(ReviewQueueViewModel.NOBODY);
        assertThat(of(theirs, aid)).extracting(QueueRow::kind).containsExactly(CaseKind.SELLER);
        // And it is in the account's own log, for anyone who looks there.
        List<AccountEvent> events = sandbox.client().accounts().events(aid, AccountEventQuery.all(), null).items();
        assertThat(events).extracting(AccountEvent::body).anySatisfy(body -> assertThat(body)
                .isEqualTo(CaseNotes.assignment(CaseKind.PAYMENTS, row.id(), mine.me())));
    }

    @Test
    void keyboardTriageMovesOpensNotesAndCopies() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        String aid = accountWithCases(test, "Triage AS");
        ReviewQueueViewModel queue = queue(test);
        queue.kindProperty().set("");
        int start = queue.currentProperty().get();
        assertThat(start).isZero();
        queue.next();
        assertThat(queue.currentProperty().get()).isEqualTo(Math.min(1, queue.rows().size() - 1));
        queue.previous();
        assertThat(queue.currentProperty().get()).isZero();
        while (!queue.selected().accountId().equals(aid) || queue.selected().kind() != CaseKind.SELLER) {
            int before = queue.currentProperty().get();
            queue.next();
            assertThat(queue.currentProperty().get()).as("the seller of the account is in the queue")
                    .isGreaterThan(before);
        }
        QueueRow seller = queue.selected();
        assertThat(queue.linkToCopy(seller)).contains(seller.signatureLink());
        test.dialogs.promptAnswer = "Called the signatory, signing today";
        queue.addNote(seller);
        assertThat(sandbox.client().accounts().events(aid, AccountEventQuery.all(), null).items())
                .extracting(AccountEvent::body).contains(CaseNotes.note(CaseKind.SELLER, seller.id(),
                        "Called the signatory, signing today"));
        queue.open(seller);
        assertThat(test.navigator.currentProperty().get()).isEqualTo(Place.of("account", "id", aid, "tab",
                "approvals", "item", "seller/" + seller.id()));
    }

    @Test
    void theFirstLookShowsEachAccountsCasesAsTheyAreRead() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        accountWithCases(test, "Early Rows AS");
        accountWithCases(test, "Later Rows AS");
        ReviewQueueViewModel queue = new ReviewQueueViewModel(test.services);
        List<Integer> sizesWhileReading = new java.util.ArrayList<>();
        queue.rows().addListener((javafx.collections.ListChangeListener<QueueRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() && !change.wasReplaced()) {
                    sizesWhileReading.add(change.getList().size());
                }
            }
        });
        queue.activate(Place.of(ReviewQueueViewModel.SCREEN));
        assertThat(sizesWhileReading).as("rows arrive account by account, growing").hasSizeGreaterThan(1)
                .isSorted();
        assertThat(sizesWhileReading.get(sizesWhileReading.size() - 1)).isEqualTo(queue.rows().size());
    }

    @Test
    void theShownRowsGoToCsv() throws Exception {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        String aid = accountWithCases(test, "Csv Queue AS");
        ReviewQueueViewModel queue = queue(test);
        Path csv = configDir.resolve("queue.csv");
        queue.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).endsWith("account_id,account_name,kind,case_id,title,status,since,hours_in_status,"
                + "next_reminder,signature_link,account_manager,assignee");
        assertThat(lines).filteredOn(line -> line.startsWith(aid)).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("seller", "WAITING_FOR_SIGNATURE", "https://"));
    }

    @Test
    void theNextReminderFollowsDinterosSchedule() {
        assertThat(ReminderSchedule.next("WAITING_FOR_SIGNATURE", Duration.ofHours(1)))
                .contains(new ReminderSchedule.Next(Duration.ofHours(24), Duration.ofHours(23)));
        assertThat(ReminderSchedule.next("WAITING_FOR_DETAILS", Duration.ofDays(3)))
                .contains(new ReminderSchedule.Next(Duration.ofDays(7), Duration.ofDays(4)));
        assertThat(ReminderSchedule.next("WAITING_FOR_DECLARATION", Duration.ofDays(20)))
                .contains(new ReminderSchedule.Next(Duration.ofDays(28), Duration.ofDays(8)));
        assertThat(ReminderSchedule.next("WAITING_FOR_DETAILS", Duration.ofDays(29))).isEmpty();
        // Dintero is the one to act in a review: no reminder goes to the signatory.
        assertThat(ReminderSchedule.next("UNDER_MANUAL_REVIEW", Duration.ofHours(1))).isEmpty();
    }
}
