package io.accountsdesk.app.screening;

import io.accountsdesk.app.TestAccountPage;
import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountEventQuery;
import io.accountsdesk.ui.ContentState;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screening tab against the sandbox's MATCH and VMSS registers: the form prefilled from the account, hits exact
 * and by sound, no hit, a merchant reported through terminate found by the next search, an IRN opened again, the
 * inquiries and decisions kept in the account's events, Nordic letters on both sides.
 */
class ScreeningTabViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(2);

    @TempDir
    Path configDir;

    private record Tab(TestServices test, TestAccountPage page, ScreeningTabViewModel model) {
    }

    private Tab tab(Account account) {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        var page = new TestAccountPage(sandbox, account.accountId());
        var model = new ScreeningTabViewModel(test.services, page);
        model.shown();
        return new Tab(test, page, model);
    }

    private static ScreeningCard named(ScreeningTabViewModel model, String name) {
        return model.cards().stream().filter(card -> name.equals(card.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + name + " in " + model.cards().stream()
                        .map(ScreeningCard::name).toList() + " / " + model.summaryProperty().get() + " / "
                        + model.messageProperty().get()));
    }

    private static ComparisonRow row(ScreeningCard card, String groupStart, String field) {
        return card.rows().stream().filter(r -> r.group().startsWith(groupStart) && r.field().equals(field))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + groupStart + "/" + field + " in "
                        + card.rows()));
    }

    @Test
    void theFormStartsFromTheAccountAndItsApplicant() {
        Account account = ScreeningTestAccounts.merchant(sandbox, "Prefill Kafé AS", "Torggata 3", "0181", "Oslo",
                "NO", "Kari", "Prefill");
        ScreeningForm form = tab(account).model().form();
        assertThat(form.legalName.value()).isEqualTo("Prefill Kafé AS");
        assertThat(form.addressLine.value()).isEqualTo("Torggata 3");
        assertThat(form.postalCode.value()).isEqualTo("0181");
        assertThat(form.city.value()).isEqualTo("Oslo");
        assertThat(form.country.value()).isEqualTo("NO");
        assertThat(form.taxId.value()).isEqualTo(account.company().organizationNumber());
        assertThat(form.countries.value()).isEqualTo("NOR");
        assertThat(form.principals.get(0).firstName.value()).isEqualTo("Kari");
        assertThat(form.principals.get(0).lastName.value()).isEqualTo("Prefill");
        assertThat(form.principalsInUse()).hasSize(1);
        assertThat(form.matchRequest().merchant().address().country()).isEqualTo("NOR");
        assertThat(form.vmssRequest().merchant().address().countryOrRegion()).isEqualTo("NO");
        assertThat(form.vmssRequest().merchant().taxId()).isEqualTo(account.company().organizationNumber());
    }

    @Test
    void anInvalidFormIsNotSentAndSaysWhy() {
        Account account = ScreeningTestAccounts.merchant(sandbox, "Invalid Form AS", "Torggata 4", "0181", "Oslo",
                "NO", "Kari", "Invalid");
        Tab tab = tab(account);
        ScreeningForm form = tab.model().form();
        form.legalName.set("");
        form.country.set("XX");
        form.pageSize.set("500");
        form.regions.set("D, Q");
        form.principals.get(1).phone.set("22 33 44 55");
        form.principals.get(2).firstName.set("Eva");
        form.principals.get(2).lastName.set("Adresse");
        form.principals.get(2).addressLine.set("Veien 1");
        tab.model().searchMatch();
        assertThat(form.principals.get(2).city.errorProperty().get()).as("a street needs its city").isNotEmpty();
        assertThat(form.legalName.errorProperty().get()).isNotEmpty();
        assertThat(form.country.errorProperty().get()).isNotEmpty();
        assertThat(form.pageSize.errorProperty().get()).contains("1").contains("100");
        assertThat(form.regions.errorProperty().get()).isNotEmpty();
        assertThat(form.principals.get(1).lastName.errorProperty().get()).as("a slot in use needs a name")
                .isNotEmpty();
        assertThat(tab.model().referenceProperty().get()).isEmpty();
        assertThat(tab.model().history()).isEmpty();
    }

    @Test
    void anExactHitShowsTheListingFieldByFieldWithItsReasonAndKeepsTheIrnOnTheAccount() {
        Account account = ScreeningTestAccounts.merchant(sandbox, "Kjøkkenet Bergen AS", "Strandgata 14", "5013",
                "Bergen", "NO", "Ola", "Nordmann");
        Tab tab = tab(account);
        tab.model().searchMatch();

        assertThat(tab.model().resultStateProperty().get()).isEqualTo(ContentState.READY);
        ScreeningCard card = named(tab.model(), "Kjøkkenet Bergen AS");
        assertThat(card.register()).isEqualTo(Register.MATCH);
        assertThat(card.reasonCode()).isEqualTo("04");
        assertThat(card.reason()).isEqualTo("04 Excessive Chargebacks");
        assertThat(card.listedBy()).isEqualTo("2142");
        assertThat(card.addedOn()).matches("\\d{2}/\\d{2}/\\d{4}");
        ComparisonRow name = row(card, "Merchant", "Legal name");
        assertThat(name.sent()).isEqualTo("Kjøkkenet Bergen AS");
        assertThat(name.listed()).isEqualTo("Kjøkkenet Bergen AS");
        assertThat(name.match()).isEqualTo(FieldMatch.EXACT);
        assertThat(name.raw()).isEqualTo("M01");
        assertThat(row(card, "Merchant", "Address").match()).isEqualTo(FieldMatch.EXACT);
        assertThat(row(card, "Principal 1", "Name").match()).isEqualTo(FieldMatch.EXACT);
        assertThat(row(card, "Principal 1", "Name").sent()).isEqualTo("Ola Nordmann");

        String irn = tab.model().referenceProperty().get();
        assertThat(irn).matches("1996\\d{13}");
        assertThat(tab.model().summaryProperty().get()).contains(irn);
        assertThat(tab.model().history()).singleElement().satisfies(row -> {
            assertThat(row.reference()).isEqualTo(irn);
            assertThat(row.register()).isEqualTo(Register.MATCH);
            assertThat(row.reopenable()).isTrue();
            assertThat(row.total()).isGreaterThanOrEqualTo(1);
        });
        assertThat(sandbox.client().accounts().events(account.accountId(), AccountEventQuery.all(), null).items())
                .anySatisfy(event -> assertThat(event.body()).contains(irn).contains("kind=inquiry"));
    }

    @Test
    void aNameSpelledDifferentlyThatSoundsAlikeIsAPhoneticOnlyHit() {
        Account account = ScreeningTestAccounts.merchant(sandbox, "Kökenet Bergen", "Fjellveien 99", "5019",
                "Bergen", "NO", "Ola", "Nordman");
        Tab tab = tab(account);
        tab.model().searchMatch();
        ScreeningCard card = named(tab.model(), "Kjøkkenet Bergen AS");
        assertThat(card.exact()).isZero();
        assertThat(card.phonetic()).isGreaterThanOrEqualTo(1);
        ComparisonRow name = row(card, "Merchant", "Legal name");
        assertThat(name.match()).isEqualTo(FieldMatch.PHONETIC);
        assertThat(name.sent()).isEqualTo("Kökenet Bergen");
        assertThat(row(card, "Merchant", "Address").match()).isEqualTo(FieldMatch.NONE);
    }

    @Test
    void noHitShowsAnEmptyResultWithItsIrn() {
        Account account = ScreeningTestAccounts.merchant(sandbox, "Zyxqv Vwptr Holding AS", "Ukjentvegen 987",
                "9990", "Båtsfjord", "NO", "Qwxy", "Zzyzx");
        Tab tab = tab(account);
        tab.model().form().website.set("https://zyxqv-vwptr.example");
        tab.model().searchMatch();
        assertThat(tab.model().cards()).isEmpty();
        assertThat(tab.model().resultStateProperty().get()).isEqualTo(ContentState.EMPTY);
        assertThat(tab.model().referenceProperty().get()).isNotEmpty();
        assertThat(tab.model().summaryProperty().get()).contains(": no possible matches");
        assertThat(tab.model().history()).singleElement().satisfies(row -> assertThat(row.total()).isZero());
    }

    @Test
    void aMerchantReportedThroughTerminateIsFoundByTheNextSearchAndItsIrnReopensTheSameMatches() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String street = "Reportveien " + (100 + Math.abs(suffix.hashCode() % 800));
        Account account = ScreeningTestAccounts.merchant(sandbox, "Ærøskøbing Bådebyggeri ApS", street, "5970",
                "Ærøskøbing", "DK", "Søren", "Ødegård");
        Tab tab = tab(account);
        TerminationForm t = tab.model().termination();
        t.reason.set("12");
        t.startDate.set("2021-03-01");
        t.endDate.set("2025-06-30");
        t.merchantCategory.set("5812");
        t.comment.set("Failed to validate PCI DSS after a breach");
        List<String> review = tab.model().reviewTermination();
        assertThat(review).anySatisfy(line -> assertThat(line).contains("12 PCI Data Security Standard Noncompliance"));
        assertThat(review).anySatisfy(line -> assertThat(line).contains("Søren Ødegård"));

        tab.test().dialogs.typedAnswer = "not the id";
        tab.model().terminate();
        assertThat(tab.test().dialogs.of("typed")).as("asked in a test environment too").hasSize(1);
        assertThat(tab.model().messageProperty().get()).as("a wrong word sends nothing").isEmpty();

        tab.test().dialogs.typedAnswer = account.accountId();
        tab.model().terminate();
        assertThat(tab.model().messageProperty().get()).contains("merchant reference number 1996");

        tab.model().searchMatch();
        ScreeningCard card = named(tab.model(), "Ærøskøbing Bådebyggeri ApS");
        assertThat(card.reason()).isEqualTo("12 PCI Data Security Standard Noncompliance");
        assertThat(card.listedBy()).isEqualTo("1996");
        assertThat(card.comments()).isEqualTo("Failed to validate PCI DSS after a breach");
        assertThat(row(card, "Merchant", "Legal name").match()).isEqualTo(FieldMatch.EXACT);
        ComparisonRow principal = row(card, "Principal 1", "Name");
        assertThat(principal.sent()).isEqualTo("Søren Ødegård");
        assertThat(principal.listed()).isEqualTo("Søren Ødegård");
        // The report had no national id: the listing holds none, and the line says so rather than going missing.
        ComparisonRow nationalId = row(card, "Principal 1", "National id");
        assertThat(nationalId.listed()).isNull();
        assertThat(nationalId.sent()).isEqualTo("(not sent)");
        assertThat(nationalId.match()).isEqualTo(FieldMatch.NONE);

        String irn = tab.model().referenceProperty().get();
        List<ScreeningCard> first = List.copyOf(tab.model().cards());
        Tab other = tab(account);
        assertThat(other.model().history()).anySatisfy(row -> assertThat(row.reference()).isEqualTo(irn));
        // The form has moved on since; the reopened grid still shows what the inquiry sent, as its event kept it.
        other.model().form().legalName.set("Something Else Entirely AS");
        other.model().form().principals.get(0).lastName.set("Otherwise");
        other.model().reopen(other.model().history().stream().filter(row -> row.reference().equals(irn))
                .findFirst().orElseThrow());
        assertThat(other.model().referenceProperty().get()).isEqualTo(irn);
        assertThat(other.model().cards()).isEqualTo(first);
    }

    @Test
    void aLongInquiryIsPagedByItsIrnWithTheTotal() {
        String name = "Pagingtest Kaffebar " + UUID.randomUUID().toString().substring(0, 4).replaceAll("\\d", "x")
                + " AS";
        Account account = ScreeningTestAccounts.merchant(sandbox, name, "Sidegata 7", "0150", "Oslo", "NO", "Per",
                "Pager");
        Tab tab = tab(account);
        tab.test().dialogs.typedAnswer = account.accountId();
        for (int i = 0; i < 3; i++) {
            tab.model().termination().reason.set("04");
            tab.model().terminate();
            assertThat(tab.model().messageProperty().get()).contains("merchant reference number");
        }
        tab.model().form().pageSize.set("2");
        tab.model().searchMatch();
        assertThat(tab.model().cards()).hasSize(2);
        assertThat(tab.model().summaryProperty().get()).contains("Showing 1–2 of 3");
        assertThat(tab.model().hasNextProperty().get()).isTrue();
        assertThat(tab.model().hasPreviousProperty().get()).isFalse();
        String irn = tab.model().referenceProperty().get();
        int historyBefore = tab.model().history().size();

        tab.model().nextPage();
        assertThat(tab.model().cards()).hasSize(1);
        assertThat(tab.model().summaryProperty().get()).contains("Showing 3–3 of 3");
        assertThat(tab.model().referenceProperty().get()).as("the same inquiry, read by its IRN").isEqualTo(irn);
        assertThat(tab.model().history()).as("paging is not another inquiry").hasSize(historyBefore);
        assertThat(tab.model().hasNextProperty().get()).isFalse();
        tab.model().previousPage();
        assertThat(tab.model().cards()).hasSize(2);

        tab.model().form().minMatches.set("40");
        tab.model().searchMatch();
        assertThat(tab.model().cards()).isEmpty();
        assertThat(tab.model().summaryProperty().get()).contains("fewer than 40 matching fields");
    }

    @Test
    void nordicLettersOnBothSidesMatchAsWritten() {
        Account account = ScreeningTestAccounts.merchant(sandbox, "Björkhaga Hälsokost AB", "Drottninggatan 21",
                "111 51", "Stockholm", "SE", "Åsa", "Sjöberg");
        Tab tab = tab(account);
        tab.model().searchMatch();
        ScreeningCard card = named(tab.model(), "Björkhaga Hälsokost AB");
        ComparisonRow name = row(card, "Merchant", "Legal name");
        assertThat(name.sent()).isEqualTo("Björkhaga Hälsokost AB");
        assertThat(name.match()).isEqualTo(FieldMatch.EXACT);
        ComparisonRow principal = row(card, "Principal 1: Åsa Sjöberg", "Name");
        assertThat(principal.sent()).isEqualTo("Åsa Sjöberg");
        assertThat(principal.listed()).isEqualTo("Åsa Sjöberg");
        assertThat(principal.match()).as(card.rows().toString()).isEqualTo(FieldMatch.EXACT);
        assertThat(card.reason()).isEqualTo("03 Laundering");
    }

    @Test
    void vmssIsSearchedWithVisasNamesAndShowsItsAcquirerAndTerminatedReference() {
        Account account = ScreeningTestAccounts.merchant(sandbox, "Kjøkkenet Bergen AS", "Strandgata 14", "5013",
                "Bergen", "NO", "Ola", "Nordmann");
        Tab tab = tab(account);
        tab.model().form().tradeName.set("Kjøkkenet");
        assertThat(tab.model().form().principals.get(0).nationalId.value()).as("no national id is sent").isEmpty();
        tab.model().searchVmss();
        assertThat(tab.model().messageProperty().get()).isEmpty();
        ScreeningCard card = named(tab.model(), "Kjøkkenet Bergen AS");
        assertThat(card.register()).isEqualTo(Register.VMSS);
        assertThat(card.reference()).isNotBlank();
        assertThat(card.listedBy()).contains("BID");
        assertThat(card.reason()).contains("29-Bankruptcy");
        assertThat(row(card, "Merchant", "Trading name (DBA)").match()).isEqualTo(FieldMatch.EXACT);
        ComparisonRow nationalId = row(card, "Principal 1", "National id");
        assertThat(nationalId.sent()).isNull();
        assertThat(nationalId.match()).isNotEqualTo(FieldMatch.EXACT);
        assertThat(tab.model().referenceProperty().get()).startsWith("SRCH");
        assertThat(tab.model().history()).anySatisfy(row -> {
            assertThat(row.register()).isEqualTo(Register.VMSS);
            assertThat(row.reopenable()).isFalse();
        });
    }

    @Test
    void aDecisionNeedsAReasonIsKeptAsAnEventAndIsOnlySupersededByALaterOne() {
        Account account = ScreeningTestAccounts.merchant(sandbox, "Kjøkkenet Bergen AS", "Strandgata 14", "5013",
                "Bergen", "NO", "Ola", "Nordmann");
        Tab tab = tab(account);
        tab.model().searchMatch();
        String irn = tab.model().referenceProperty().get();
        DecisionForm decision = tab.model().decision();
        assertThat(decision.reference.value()).isEqualTo("match:" + irn);

        decision.outcome.set("escalate");
        tab.model().recordDecision();
        assertThat(decision.reason.errorProperty().get()).as("a reason is required").isNotEmpty();
        assertThat(tab.model().decisions()).isEmpty();

        decision.reason.set("Same street and name as a listing for chargebacks; compliance to confirm identity.");
        tab.model().recordDecision();
        assertThat(tab.model().decisions()).singleElement().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(Outcome.ESCALATE);
            assertThat(row.reference()).isEqualTo(irn);
            assertThat(row.current()).isTrue();
            assertThat(row.reason()).contains("compliance to confirm identity");
        });
        assertThat(tab.page().reloads).as("the page reads its events again").isPositive();

        decision.outcome.set("clear");
        decision.reason.set("Compliance confirmed another owner; the listing is a different company.");
        tab.model().recordDecision();
        assertThat(tab.model().decisions()).hasSize(2);
        assertThat(tab.model().decisions().get(0).outcome()).isEqualTo(Outcome.CLEAR);
        assertThat(tab.model().decisions().get(0).current()).isTrue();
        assertThat(tab.model().decisions().get(1).outcome()).isEqualTo(Outcome.ESCALATE);
        assertThat(tab.model().decisions().get(1).current()).isFalse();
        assertThat(tab.model().currentDecisionProperty().get()).contains("Clear").contains(irn);
    }

    /**
     * The reference's list box clears its value, writing null into the field, whenever its items change: a history
     * read back after a reference was chosen must neither throw (the fault soak met that NullPointerException on the
     * UI thread) nor lose the choice. Seen failing before the fix with that exception from {@code loadHistory}.
     */
    @Test
    void aChosenReferenceSurvivesTheHistoryComingBackThroughTheListBox() {
        Account account = ScreeningTestAccounts.merchant(sandbox, "Sjøbua Ålesund AS", "Kongens gate 3", "6002",
                "Ålesund", "NO", "Kari", "Nordmann");
        Tab tab = tab(account);
        tab.model().searchMatch();
        DecisionForm decision = tab.model().decision();
        String chosen = decision.reference.value();
        assertThat(chosen).startsWith("match:");
        // What ComboBox does with a value bound to the field when its items are replaced.
        tab.model().references().addListener((javafx.collections.ListChangeListener<String>) change ->
                decision.reference.set(null));

        tab.model().loadHistory();

        assertThat(decision.reference.value()).isEqualTo(chosen);
    }
}
