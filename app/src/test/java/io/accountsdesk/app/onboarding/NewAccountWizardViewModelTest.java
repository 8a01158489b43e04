package io.accountsdesk.app.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.AccountCreated;
import io.accountsdesk.app.core.ManualScheduler;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.onboarding.NewAccountForm.StepKind;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The create-account wizard against the sandbox: steps, the duplicate guard, creation, a server's 400, drafts. */
class NewAccountWizardViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(10);

    @TempDir
    Path configDir;

    private TestServices services;

    private NewAccountWizardViewModel open(ManualScheduler scheduler, String draftId) {
        services = TestServices.of(sandbox.session(), configDir, scheduler);
        NewAccountWizardViewModel wizard = new NewAccountWizardViewModel(services.services);
        wizard.activate(draftId == null ? Place.of("new-account") : Place.of("new-account", "draft", draftId));
        return wizard;
    }

    private NewAccountWizardViewModel open() {
        return open(new ManualScheduler(), null);
    }

    static String norwegianNumber() {
        return io.accountsdesk.app.TestNumbers.norwegianOrganisationNumber();
    }

    static void fillRequired(NewAccountForm form, String name, String orgNumber) {
        form.businessName.set(name);
        form.organizationNumber.set(orgNumber);
        form.addressLine.set("Storgata 1");
        form.postalCode.set("0155");
        form.postalPlace.set("Oslo");
        form.companyPhone.set("+47 22 33 44 55");
        form.companyEmail.set("post@example.no");
        form.firstName.set("Kari");
        form.lastName.set("Nordmann");
        form.applicantEmail.set("kari@example.no");
    }

    private static int review(NewAccountWizardViewModel wizard) {
        return wizard.application().steps().size() - 1;
    }

    @Test
    void eachStepSaysWhatHoldsTheUserBack() {
        NewAccountWizardViewModel wizard = open();
        NewAccountForm form = wizard.application();
        NewAccountForm.Step company = form.steps().get(0);
        assertThat(company.valid().get()).isFalse();
        assertThat(company.blockers().get()).contains("Business name", "Organisation number", "Postal code");

        form.businessName.set("Fjordkafé AS");
        form.organizationNumber.set("123456789"); // a wrong check digit for Norway
        form.addressLine.set("Storgata 1");
        form.postalCode.set("0155");
        form.postalPlace.set("Oslo");
        assertThat(company.valid().get()).isFalse();
        assertThat(form.organizationNumber.errorProperty().get()).contains("Norway");

        form.organizationNumber.set(norwegianNumber());
        form.companyPhone.set("22 33 44 55"); // no country code: not E.164
        assertThat(company.valid().get()).isFalse();
        assertThat(company.blockers().get()).isEqualTo("To go on, fill in or correct: Phone");
        form.companyPhone.set("+47 22 33 44 55");
        assertThat(company.valid().get()).isTrue();
        assertThat(company.blockers().get()).isEmpty();

        NewAccountForm.Step applicant = form.steps().get(StepKind.APPLICANT.ordinal());
        form.applicantEmail.set("not an address");
        assertThat(applicant.valid().get()).isFalse();
        assertThat(form.applicantEmail.errorProperty().get()).isNotEmpty();
    }

    @Test
    void billingIsTheCompanysUnlessTheUserSaysOtherwise() {
        NewAccountWizardViewModel wizard = open();
        NewAccountForm form = wizard.application();
        NewAccountForm.Step billing = form.steps().get(StepKind.BILLING.ordinal());
        assertThat(billing.valid().get()).as("the company's details need nothing more").isTrue();

        form.billingSameAsCompany.set(false);
        assertThat(billing.valid().get()).isFalse();
        assertThat(billing.blockers().get()).contains("Billing name", "Address");
        form.billingName.set("Fjordkafé Regnskap AS");
        form.billingAddressLine.set("Postboks 1");
        form.billingPostalCode.set("0101");
        form.billingPostalPlace.set("Oslo");
        assertThat(billing.valid().get()).isTrue();

        form.billingSameAsCompany.set(true);
        form.billingName.set("");
        assertThat(billing.valid().get()).as("own billing fields are not asked for again").isTrue();
    }

    @Test
    void anInvitationNeedsAnAddressOnceAnyOfItsRowIsFilledIn() {
        NewAccountWizardViewModel wizard = open();
        NewAccountForm form = wizard.application();
        NewAccountForm.Step invites = form.steps().get(StepKind.INVITES.ordinal());
        assertThat(invites.valid().get()).as("nobody to invite is fine").isTrue();
        NewAccountForm.InviteRow first = form.invites().get(0);
        first.firstName().set("Ola");
        assertThat(invites.valid().get()).isFalse();
        first.email().set("ola@example.no");
        assertThat(invites.valid().get()).isTrue();
    }

    @Test
    void createsTheAccountAsReviewedAndForgetsTheDraft() {
        ManualScheduler scheduler = new ManualScheduler();
        NewAccountWizardViewModel wizard = open(scheduler, null);
        NewAccountForm form = wizard.application();
        String name = "Onboarded Bakeri " + ThreadLocalRandom.current().nextInt(100_000) + " AS";
        String orgNumber = norwegianNumber();
        fillRequired(form, name, orgNumber);
        form.checkoutFeatures().get("vipps").set(true);
        form.saleChannel.set("PARTNER");
        form.accountManager.set("manager@example.no");
        NewAccountForm.InviteRow invite = form.invites().get(0);
        invite.firstName().set("Ola");
        invite.lastName().set("Nordmann");
        invite.email().set("ola@example.no");
        form.invitationNote.set("Velkommen!");
        scheduler.runDue();
        String draftKey = services.services.draftKey(NewAccountWizardViewModel.DRAFT_FORM, wizard.draftId());
        assertThat(services.drafts.load(draftKey)).as("typing is kept while the form is filled in").isPresent();

        List<Account> published = new ArrayList<>();
        services.services.events().subscribe(AccountCreated.class, created -> published.add(created.account()));
        wizard.stepShown(review(wizard));
        assertThat(wizard.duplicates().stateProperty().get()).isEqualTo(DuplicateGuard.State.CLEAR);
        assertThat(wizard.summary()).extracting(e -> e.getKey()).contains("Company", "Applicant", "Invites");
        assertThat(wizard.canCreateProperty().get()).isTrue();

        wizard.create();

        Account created = wizard.createdProperty().get();
        assertThat(created).isNotNull();
        assertThat(published).extracting(Account::accountId).containsExactly(created.accountId());
        Account stored = sandbox.client().accounts().get(created.accountId());
        assertThat(stored.company().businessName()).isEqualTo(name);
        assertThat(stored.company().organizationNumber()).isEqualTo(orgNumber);
        assertThat(stored.company().phoneNumber()).as("sent as E.164").isEqualTo("+4722334455");
        assertThat(stored.billing().businessName()).as("billing is the company's").isEqualTo(name);
        assertThat(stored.billing().address().postalPlace()).isEqualTo("Oslo");
        assertThat(stored.applicant().email()).isEqualTo("kari@example.no");
        assertThat(stored.accountManager().email()).isEqualTo("manager@example.no");
        assertThat(stored.saleChannel().value()).isEqualTo("PARTNER");
        assertThat(sandbox.client().accounts().list(AccountQuery.all().withSearch(orgNumber), null).items())
                .extracting(Account::accountId).containsExactly(created.accountId());
        assertThat(services.drafts.load(draftKey)).as("an application created is no draft any more").isEmpty();

        wizard.deactivate();
        scheduler.runDue();
        assertThat(services.drafts.load(draftKey)).as("leaving after creation keeps nothing").isEmpty();
    }

    @Test
    void aLikelyDuplicateHoldsCreationBackUntilTheUserChoosesToGoOn() {
        Account existing = sandbox.account(2);
        NewAccountWizardViewModel wizard = open();
        NewAccountForm form = wizard.application();
        fillRequired(form, existing.name() + " AS", norwegianNumber());
        // A country without a check-digit rule here, so the demo data's number passes whatever its digits.
        form.country.set("GB");
        form.organizationNumber.set(existing.company().organizationNumber());

        wizard.stepShown(review(wizard));

        DuplicateGuard guard = wizard.duplicates();
        assertThat(guard.stateProperty().get()).isEqualTo(DuplicateGuard.State.FOUND);
        assertThat(guard.candidates()).extracting(DuplicateGuard.Candidate::accountId).contains(existing.accountId());
        assertThat(guard.candidates()).filteredOn(c -> c.accountId().equals(existing.accountId()))
                .extracting(DuplicateGuard.Candidate::reason)
                .containsExactly(DuplicateGuard.Reason.SAME_ORGANISATION_NUMBER);
        assertThat(wizard.canCreateProperty().get()).isFalse();
        wizard.create();
        assertThat(wizard.createdProperty().get()).as("nothing is sent while held back").isNull();

        guard.goOnProperty().set(true);
        assertThat(wizard.canCreateProperty().get()).isTrue();

        wizard.openExisting(guard.candidates().get(0));
        assertThat(services.navigator.current().screen()).isEqualTo("account");
    }

    @Test
    void aServerRefusalLandsOnItsFieldAndTheWizardGoesToItsStep() {
        NewAccountWizardViewModel wizard = open();
        NewAccountForm form = wizard.application();
        fillRequired(form, "Refused Package " + ThreadLocalRandom.current().nextInt(100_000), norwegianNumber());
        form.pricePackage.set("NO_SUCH_PACKAGE");
        wizard.stepShown(review(wizard));
        assertThat(wizard.canCreateProperty().get()).isTrue();

        wizard.create();

        assertThat(wizard.createdProperty().get()).isNull();
        assertThat(form.pricePackage.errorProperty().get()).contains("NO_SUCH_PACKAGE");
        assertThat(wizard.jumpToProperty().get()).isEqualTo(StepKind.PRICE.ordinal());
        assertThat(form.businessName.value()).as("nothing typed is lost").startsWith("Refused Package");
    }

    @Test
    void anApplicationLeftHalfwayComesBackAsItWas() {
        ManualScheduler scheduler = new ManualScheduler();
        NewAccountWizardViewModel first = open(scheduler, null);
        String id = first.draftId();
        assertThat(services.navigator.current()).as("the place names the draft")
                .isEqualTo(Place.of("new-account", "draft", id));
        first.application().businessName.set("Halfway Hotel AS");
        first.application().billingSameAsCompany.set(false);
        first.application().invites().get(1).email().set("second@example.no");
        scheduler.runDue();

        NewAccountWizardViewModel again = open(new ManualScheduler(), id);
        assertThat(again.application().businessName.value()).isEqualTo("Halfway Hotel AS");
        assertThat(again.application().billingSameAsCompany.value()).isFalse();
        assertThat(again.application().invites().get(1).email().value()).isEqualTo("second@example.no");
        assertThat(again.draftNoticeProperty().get()).startsWith("Put back the application");

        NewAccountWizardViewModel fresh = open(new ManualScheduler(), null);
        assertThat(fresh.draftId()).isNotEqualTo(id);
        assertThat(fresh.application().businessName.value()).isEmpty();
    }

    @Test
    void theWizardOffersThePartnersPricePackages() {
        NewAccountWizardViewModel wizard = open();
        List<String> offered = wizard.application().pricePackagesProperty().get();
        assertThat(offered).isNotEmpty();
        List<String> onServer = sandbox.client().pricing()
                .stream(io.accountsdesk.client.pricing.PricePackageQuery.all())
                .map(p -> p.pricePackageId() != null ? p.pricePackageId() : p.id()).toList();
        assertThat(onServer).containsAll(offered);
    }

    @Test
    void theNewAccountsLogoGoesUpThroughTheAssetFlowAfterItIsChecked() throws Exception {
        NewAccountWizardViewModel wizard = open();
        fillRequired(wizard.application(), "Logo Lab " + ThreadLocalRandom.current().nextInt(100_000) + " AS",
                norwegianNumber());
        wizard.stepShown(review(wizard));
        wizard.create();
        assertThat(wizard.createdProperty().get()).isNotNull();

        java.nio.file.Path notAnImage = configDir.resolve("logo.png");
        java.nio.file.Files.writeString(notAnImage, "just text, whatever the name says");
        wizard.uploadLogo(notAnImage);
        assertThat(wizard.logoMessageProperty().get()).contains("logo.png", "not a PNG, JPEG or SVG");
        java.nio.file.Path huge = configDir.resolve("huge.png");
        byte[] big = new byte[2_000_001];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, big, 0, 8);
        java.nio.file.Files.write(huge, big);
        wizard.uploadLogo(huge);
        assertThat(wizard.logoMessageProperty().get()).contains("2,000,001", "2,000,000");
        assertThat(wizard.logoUrlProperty().get()).as("nothing was sent").isEmpty();

        byte[] png = new byte[300];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
        png[299] = 42;
        java.nio.file.Path logo = configDir.resolve("company.png");
        java.nio.file.Files.write(logo, png);
        services.dialogs.openFile = logo;
        wizard.chooseLogo();

        assertThat(wizard.logoMessageProperty().get()).contains("company.png is uploaded");
        String publicUrl = wizard.logoUrlProperty().get();
        assertThat(publicUrl).isNotBlank();
        java.net.http.HttpResponse<byte[]> served = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(publicUrl)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.body()).isEqualTo(png);
    }

    @Test
    void aPackageForTheAccountAloneStartsFromTheProductsOfAnExistingOne() {
        NewAccountWizardViewModel wizard = open();
        NewAccountForm form = wizard.application();
        String name = "Custom Priced " + ThreadLocalRandom.current().nextInt(100_000) + " AS";
        fillRequired(form, name, norwegianNumber());
        NewAccountForm.Step price = form.steps().get(StepKind.PRICE.ordinal());
        form.customPackage.set(true);
        assertThat(price.valid().get()).isFalse();
        assertThat(price.blockers().get()).contains("Products and prices from", "Package name", "Description");
        String base = form.pricePackagesProperty().get().get(0);
        form.customBase.set(base);
        form.customName.set(name + " special");
        form.customDescription.set("Agreed in the sales meeting");
        form.customConditions.set("Valid for 12 months");
        assertThat(price.valid().get()).isTrue();
        wizard.stepShown(review(wizard));
        assertThat(wizard.summary()).anySatisfy(e -> assertThat(e.getValue()).anySatisfy(line ->
                assertThat(line).contains("Package name: " + name + " special")));

        wizard.create();

        Account created = wizard.createdProperty().get();
        assertThat(created).isNotNull();
        var own = sandbox.client().actingOn(created.accountId()).pricing().ofAccount(created.accountId());
        var template = sandbox.client().pricing().stream(io.accountsdesk.client.pricing.PricePackageQuery.all())
                .filter(p -> base.equals(p.pricePackageId())).findFirst().orElseThrow();
        assertThat(own.name()).isEqualTo(name + " special");
        assertThat(own.description()).isEqualTo("Agreed in the sales meeting");
        assertThat(own.pricingConditions()).isEqualTo("Valid for 12 months");
        assertThat(own.products()).isEqualTo(template.products());
        assertThat(own.pricePackageId()).isNotEqualTo(base);
    }
}
