package io.accountsdesk.app.approvals;

import io.accountsdesk.app.TestAccountPage;
import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestAccounts;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.client.approvals.CddCaseQuery;
import io.accountsdesk.ui.ContentState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Approvals tab against the in-process sandbox, acting on fresh test (T) sub-accounts. */
class ApprovalsTabViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    @TempDir
    Path configDir;

    private TestServices test;

    private ApprovalsTabViewModel tab(String name) {
        test = TestServices.of(sandbox.session(), configDir);
        String aid = TestAccounts.fresh(sandbox, name).accountId();
        assertThat(aid).as("the sandbox's sub-accounts are test accounts").startsWith("T");
        ApprovalsTabViewModel tab = new ApprovalsTabViewModel(test.services, new TestAccountPage(sandbox, aid));
        tab.shown();
        return tab;
    }

    /** A start notice's Open names the draft's form as the place's item: the tab opens that form, draft and all. */
    @Test
    void aLinkToADraftOpensItsFormWithTheDraftBack() {
        test = TestServices.of(sandbox.session(), configDir);
        String aid = TestAccounts.fresh(sandbox, "Draft Link Shop AS").accountId();
        ApprovalsTabViewModel before = new ApprovalsTabViewModel(test.services, new TestAccountPage(sandbox, aid));
        before.openSeller();
        ((SellerForm) before.formProperty().get()).set("payout_destination_description", "Left behind");
        before.dispose(); // the form closes unsent and keeps a draft

        TestAccountPage linked = new TestAccountPage(sandbox, aid);
        linked.pointAt(io.accountsdesk.app.core.AccountPageContext.draftItem(SellerForm.DRAFT));
        ApprovalsTabViewModel tab = new ApprovalsTabViewModel(test.services, linked);
        assertThat(tab.formProperty().get()).as("opened with the tab").isInstanceOf(SellerForm.class);
        assertThat(value(tab.formProperty().get(), "payout_destination_description")).isEqualTo("Left behind");

        TestAccountPage later = new TestAccountPage(sandbox, aid);
        ApprovalsTabViewModel open = new ApprovalsTabViewModel(test.services, later);
        assertThat(open.formProperty().get()).as("no link, no form").isNull();
        later.pointAt(io.accountsdesk.app.core.AccountPageContext.draftItem(PaymentApplicationForm.DRAFT));
        assertThat(open.formProperty().get()).as("a link heard on a tab on show").isInstanceOf(
                PaymentApplicationForm.class);
        later.pointAt(io.accountsdesk.app.core.AccountPageContext.draftItem(SellerForm.DRAFT));
        assertThat(open.formProperty().get()).as("the form on show is not replaced").isInstanceOf(
                PaymentApplicationForm.class);
    }

    /**
     * On the real account page, a link to a draft on another account than the one on show opens the form for the
     * account the link names: the page takes the account first, then the item.
     */
    @Test
    void aLinkToADraftOnAnotherAccountOpensItForThatAccount() {
        test = TestServices.of(sandbox.session(), configDir);
        String first = TestAccounts.fresh(sandbox, "Page First AS").accountId();
        String second = TestAccounts.fresh(sandbox, "Page Second AS").accountId();
        ApprovalsTabViewModel elsewhere = new ApprovalsTabViewModel(test.services, new TestAccountPage(sandbox,
                second));
        elsewhere.openSeller();
        ((SellerForm) elsewhere.formProperty().get()).set("payout_destination_description", "Second's seller");
        elsewhere.dispose();

        var page = new io.accountsdesk.app.accounts.AccountPageViewModel(test.services);
        page.activate(io.accountsdesk.app.core.nav.Place.of("account", "id", first, "tab", "approvals"));
        ApprovalsTabViewModel tab = new ApprovalsTabViewModel(test.services, page);
        tab.shown();
        page.activate(io.accountsdesk.app.core.nav.Place.of("account", "id", second, "tab", "approvals", "item",
                io.accountsdesk.app.core.AccountPageContext.draftItem(SellerForm.DRAFT)));

        assertThat(tab.formProperty().get()).isInstanceOf(SellerForm.class);
        assertThat(value(tab.formProperty().get(), "payout_destination_description")).isEqualTo("Second's seller");
    }

    private static String value(ApprovalForm form, String path) {
        return form.form().fields().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow()
                .value().toString();
    }

    @Test
    void inTestModeEachMagicDescriptionLeadsToItsOutcome() {
        ApprovalsTabViewModel tab = tab("Magic Sellers AS");
        assertThat(tab.stateProperty().get()).isEqualTo(ContentState.EMPTY);
        for (String outcome : List.of("ACTIVE", "DECLINED", "WAITING_FOR_SIGNATURE")) {
            tab.openSeller();
            SellerForm form = (SellerForm) tab.formProperty().get();
            assertThat(form.hint()).contains("ACTIVE", "DECLINED", "WAITING_FOR_SIGNATURE");
            assertThat(form.testOutcomes()).containsExactly("ACTIVE", "DECLINED", "WAITING_FOR_SIGNATURE");
            ApprovalsFill.seller(form, "seller-" + outcome.toLowerCase(), "");
            form.useTestOutcome(outcome);
            form.submit();
            assertThat(form.form().formErrorProperty().get()).as(outcome).isEmpty();
            assertThat(form.resultProperty().get()).as(outcome).contains(outcome);
        }
        // A plain description follows the normal flow: the signatory has not filled in the form yet.
        tab.openSeller();
        SellerForm plain = ApprovalsFill.seller((SellerForm) tab.formProperty().get(), "seller-plain", "Lawn mowing");
        plain.submit();
        assertThat(tab.sellers()).extracting(ApprovalCase::title, ApprovalCase::status).contains(
                org.assertj.core.groups.Tuple.tuple("Seller seller-active", "ACTIVE"),
                org.assertj.core.groups.Tuple.tuple("Seller seller-declined", "DECLINED"),
                org.assertj.core.groups.Tuple.tuple("Seller seller-waiting_for_signature", "WAITING_FOR_SIGNATURE"),
                org.assertj.core.groups.Tuple.tuple("Seller seller-plain", "WAITING_FOR_DETAILS"));
        assertThat(tab.stateProperty().get()).isEqualTo(ContentState.READY);
    }

    @Test
    void aLinkToOneCaseOpensThatCaseNotTheFirst() {
        ApprovalsTabViewModel first = tab("Linked Sellers AS");
        for (String name : List.of("seller-one", "seller-two")) {
            first.openSeller();
            SellerForm form = ApprovalsFill.seller((SellerForm) first.formProperty().get(), name, "Lawn mowing");
            form.submit();
        }
        assertThat(first.sellers()).hasSize(2);
        ApprovalCase chosen = first.selectedProperty().get();
        assertThat(chosen).as("without a link, the first waiting case").isNotNull();
        ApprovalCase second = first.sellers().stream().filter(c -> !c.equals(chosen)).findFirst().orElseThrow();

        TestAccountPage page = new TestAccountPage(sandbox, second.accountId());
        page.pointAt(second.key());
        ApprovalsTabViewModel linked = new ApprovalsTabViewModel(test.services, page);
        linked.shown();
        assertThat(linked.selectedProperty().get()).isEqualTo(second);
        page.pointAt(chosen.key());
        assertThat(linked.selectedProperty().get()).as("a later link on the open tab").isEqualTo(chosen);
    }

    @Test
    void onAProductionAccountTheMagicWordsAreNotOffered() {
        test = TestServices.of(sandbox.session(), configDir);
        SellerForm form = new SellerForm(test.services, "P12345678", created -> { });
        assertThat(form.testMode()).isFalse();
        assertThat(form.hint()).isEmpty();
        assertThat(form.testOutcomes()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> form.useTestOutcome("ACTIVE"))
                .isInstanceOf(IllegalArgumentException.class);
        SellerForm onTest = new SellerForm(test.services, "T12345678", created -> { });
        assertThat(onTest.hint()).isNotEmpty();
        onTest.useTestOutcome("DECLINED");
        assertThat(onTest.request().payoutDestinationDescription()).isEqualTo("DECLINED");
        assertThat(onTest.request().testOutcome()).isEqualTo(io.accountsdesk.client.approvals.CaseStatus.DECLINED);
    }

    @Test
    void applyingForPaymentsListsTheApplicationWithItsMethodsAndItsHistory() {
        ApprovalsTabViewModel tab = tab("Billie Shop AS");
        tab.openApply();
        PaymentApplicationForm form = ApprovalsFill.payments((PaymentApplicationForm) tab.formProperty().get(),
                "billie", "creditcard");
        form.submit();
        assertThat(form.form().formErrorProperty().get()).isEmpty();
        assertThat(tab.payments()).hasSize(1);
        ApprovalCase application = tab.payments().get(0);
        assertThat(application.covers()).containsExactly("billie", "creditcard");
        assertThat(application.status()).isEqualTo("WAITING_FOR_DETAILS");
        assertThat(application.since()).isNotNull();

        tab.select(application);
        assertThat(tab.lanes()).hasSize(1);
        assertThat(tab.lanes().get(0).spans()).isNotEmpty();
        assertThat(tab.lanes().get(0).spans().get(tab.lanes().get(0).spans().size() - 1).isOpen()).isTrue();
    }

    @Test
    void anApplicationWithoutAPaymentMethodOrWithABadBicIsNotSent() {
        ApprovalsTabViewModel tab = tab("Incomplete AS");
        tab.openApply();
        PaymentApplicationForm form = ApprovalsFill.payments((PaymentApplicationForm) tab.formProperty().get());
        form.submit();
        assertThat(form.form().formErrorProperty().get()).contains("payment method");
        form.choose("vipps", true);
        form.set("bank_accounts[0].bank_identification_code", "DNB");
        form.submit();
        assertThat(form.form().fields()).filteredOn(f -> f.path().endsWith("bank_identification_code"))
                .allSatisfy(f -> assertThat(f.errorProperty().get()).isNotEmpty());
        tab.refresh();
        assertThat(tab.payments()).isEmpty();
    }

    @Test
    void typingOfAnUnsentApplicationComesBackAsADraft() {
        ApprovalsTabViewModel tab = tab("Draft Shop AS");
        tab.openApply();
        PaymentApplicationForm form = (PaymentApplicationForm) tab.formProperty().get();
        form.set("bank_accounts[0].bank_name", "Sparebank 1");
        tab.closeForm();
        tab.openApply();
        PaymentApplicationForm again = (PaymentApplicationForm) tab.formProperty().get();
        assertThat(again.form().fields()).filteredOn(f -> f.path().equals("bank_accounts[0].bank_name"))
                .extracting(f -> (Object) f.value()).containsExactly((Object) "Sparebank 1");
    }

    @Test
    void archivingAnActiveSellerWithoutDeleteActiveIsRefusedAndWithItWorks() {
        ApprovalsTabViewModel tab = tab("Archive Market AS");
        tab.openSeller();
        SellerForm form = ApprovalsFill.seller((SellerForm) tab.formProperty().get(), "active-one", "ACTIVE");
        form.submit();
        ApprovalCase active = tab.sellers().get(0);
        assertThat(active.status()).isEqualTo("ACTIVE");

        tab.archive(active, false);
        assertThat(tab.messageProperty().get()).contains("delete_active");
        tab.refresh();
        assertThat(tab.sellers()).extracting(ApprovalCase::id).contains(active.id());

        // The tab's own archive asks for the typed name, then sends delete_active.
        test.dialogs.typedAnswer = active.title();
        tab.archive(active);
        assertThat(test.dialogs.of("typed")).hasSize(1);
        assertThat(tab.sellers()).extracting(ApprovalCase::id).doesNotContain(active.id());
    }

    @Test
    void readingOneSellerShowsItsFieldsWithoutTheAccountNumber() {
        ApprovalsTabViewModel tab = tab("Read Seller AS");
        tab.openSeller();
        ApprovalsFill.seller((SellerForm) tab.formProperty().get(), "read-me", "WAITING_FOR_SIGNATURE").submit();
        tab.readSeller(tab.sellers().get(0));
        assertThat(tab.detailProperty().get()).contains("read-me", "Mowber", "weekly", "DNB")
                .doesNotContain("NO9386011117947");
    }

    @Test
    void aCddCaseShowsItsContractDetailsOnlyWhenAsked() {
        ApprovalsTabViewModel tab = tab("Contract Case AS");
        tab.openCdd();
        CddCaseForm form = (CddCaseForm) tab.formProperty().get();
        form.set("case_request.organizationNumber", io.accountsdesk.app.TestNumbers.norwegianOrganisationNumber());
        form.set("case_for.payout_destination_id", "cdd-seller");
        form.set("case_for.payout_destination_name", "CDD Seller");
        form.submit();
        assertThat(form.form().formErrorProperty().get()).isEmpty();
        ApprovalCase cddCase = tab.cases().stream().filter(c -> "CDD Seller".equals(c.title())).findFirst()
                .orElseThrow();
        String aid = cddCase.accountId();
        // As listed, without includes, the case's events carry no contract details.
        var listed = sandbox.client().actingOn(aid).approvals().cddCases(aid, CddCaseQuery.all());
        assertThat(listed).allSatisfy(c -> assertThat(ApprovalCases.contracts(c)).isEmpty());

        tab.select(cddCase);
        assertThat(tab.contracts()).isEmpty();
        assertThat(tab.lanes()).hasSize(1);
        tab.showContracts();
        assertThat(tab.contracts()).isNotEmpty().allSatisfy(line -> assertThat(line).contains("https://"));
        tab.select(null);
        assertThat(tab.contracts()).isEmpty();
    }

    @Test
    void reCheckingACaseMovesItOnAndTheTimelineShowsTheNewStatus() {
        ApprovalsTabViewModel tab = tab("Recheck AS");
        tab.openApply();
        ApprovalsFill.payments((PaymentApplicationForm) tab.formProperty().get(), "vipps").submit();
        ApprovalCase application = tab.payments().get(0);
        tab.select(application);
        int spansBefore = tab.lanes().get(0).spans().size();
        tab.recheck(application);
        assertThat(tab.messageProperty().get()).isEmpty();
        assertThat(tab.payments().get(0).status()).isEqualTo("WAITING_FOR_DECLARATION");
        assertThat(tab.lanes().get(0).spans()).hasSize(spansBefore + 1);
    }

    @Test
    void theCddFiltersGoToTheServer() {
        ApprovalsTabViewModel tab = tab("Filter Cases AS");
        tab.openApply();
        ApprovalsFill.payments((PaymentApplicationForm) tab.formProperty().get(), "swish").submit();
        assertThat(tab.cases()).isNotEmpty();
        tab.statusFilterProperty().set("ACTIVE");
        tab.refresh();
        assertThat(tab.cases()).isEmpty();
        tab.statusFilterProperty().set("WAITING_FOR_DETAILS");
        tab.productFilterProperty().set("checkout");
        tab.refresh();
        assertThat(tab.cases()).isNotEmpty().allSatisfy(c -> assertThat(c.covers()).contains("checkout"));
    }
}
