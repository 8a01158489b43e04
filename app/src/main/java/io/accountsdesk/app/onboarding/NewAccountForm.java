package io.accountsdesk.app.onboarding;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validator;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.client.accounts.AccountAction;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.AccountManager;
import io.accountsdesk.client.accounts.AccountServicesInput;
import io.accountsdesk.client.accounts.AccountServicesInput.ServiceFeatureInput;
import io.accountsdesk.client.accounts.Address;
import io.accountsdesk.client.accounts.ApplicantInput;
import io.accountsdesk.client.accounts.InviteUser;
import io.accountsdesk.client.accounts.NewAccount;
import io.accountsdesk.client.accounts.SaleChannel;
import io.accountsdesk.client.pricing.NewPricePackage;
import io.accountsdesk.client.pricing.PricePackageProduct;
import io.accountsdesk.client.signup.NewPrefill;
import io.accountsdesk.client.signup.SignupApplication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A new sub-account's application as one form, its fields named by the seed's paths and grouped into the wizard's
 * steps. The seed's text rendering lost the rules inside {@code company}, {@code billing} and {@code applicant}, so
 * the checks are what the sandbox and the accounts table enforce (names up to 200 characters, organisation numbers
 * up to 32, e-mail addresses, two-letter countries), the organisation number's check digits for its country, and
 * E.164 for phone numbers. Billing can be the company's own details; invitations are up to {@link #INVITE_ROWS}
 * people, sent as {@code invite_users} (which replaces {@code invites} in the seed).
 */
public final class NewAccountForm {

    /** How many people one application can invite; a form of fixed fields keeps every one of them in the draft. */
    public static final int INVITE_ROWS = 5;
    /** Language tags offered for {@code language_code}; any BCP 47 tag is accepted. */
    static final List<String> LANGUAGES = List.of("nb", "en", "sv", "da", "fi");
    private static final Pattern MCC = Pattern.compile("\\d{4}");

    /** The wizard's steps, in order. */
    public enum StepKind { COMPANY, BILLING, APPLICANT, SERVICES, MANAGER, PRICE, INVITES, REVIEW }

    /** How an input is shown. */
    public enum InputKind { TEXT, AREA, CHOICE, CHECK }

    /**
     * One input as the view lays it out.
     *
     * @param choices the values to choose from ({@link InputKind#CHOICE}); "none" is always one of them
     * @param words   how a choice reads
     */
    public record Input(FormField<?> field, String label, String id, InputKind kind, List<String> choices,
                        Function<String, String> words) {

        @SuppressWarnings("unchecked")
        public FormField<String> text() {
            return (FormField<String>) field;
        }

        @SuppressWarnings("unchecked")
        public FormField<Boolean> flag() {
            return (FormField<Boolean>) field;
        }
    }

    /** A step: its inputs, whether they let the user go on, and if not, which of them hold the user back. */
    public record Step(StepKind kind, String title, List<Input> inputs, BooleanBinding valid, StringBinding blockers) {
    }

    /** One person to invite: their row of three fields. */
    public record InviteRow(FormField<String> firstName, FormField<String> lastName, FormField<String> email) {

        boolean isEmpty() {
            return blank(firstName.value()) && blank(lastName.value()) && blank(email.value());
        }
    }

    private final Messages messages;
    private final Validators check;
    private final Form form;
    private final Map<StepKind, List<Input>> inputs = new LinkedHashMap<>();
    private final List<Step> steps = new ArrayList<>();
    private final ObjectProperty<List<String>> pricePackages = new SimpleObjectProperty<>(this, "pricePackages",
            List.of());
    private final Map<String, String> packageNames = new LinkedHashMap<>();
    private final Map<String, List<PricePackageProduct>> packageProducts = new LinkedHashMap<>();
    private StepKind adding;

    final FormField<String> businessName;
    final FormField<String> displayName;
    final FormField<String> organizationNumber;
    final FormField<String> addressLine;
    final FormField<String> addressLine2;
    final FormField<String> postalCode;
    final FormField<String> postalPlace;
    final FormField<String> country;
    final FormField<String> companyEmail;
    final FormField<String> companyPhone;
    final FormField<String> industry;
    final FormField<String> merchantCategoryCode;

    final FormField<Boolean> billingSameAsCompany;
    final FormField<String> billingName;
    final FormField<String> billingOrganizationNumber;
    final FormField<String> billingEmail;
    final FormField<String> billingPhone;
    final FormField<String> billingReference;
    final FormField<String> billingAddressLine;
    final FormField<String> billingPostalCode;
    final FormField<String> billingPostalPlace;
    final FormField<String> billingCountry;

    final FormField<String> firstName;
    final FormField<String> lastName;
    final FormField<String> applicantEmail;
    final FormField<String> applicantPhone;

    private final Map<String, FormField<Boolean>> checkoutFeatures = new LinkedHashMap<>();
    private final Map<String, FormField<Boolean>> payoutFeatures = new LinkedHashMap<>();

    final FormField<String> accountManager;
    final FormField<String> saleChannel;
    final FormField<String> languageCode;
    final FormField<String> resellerId;

    final FormField<String> pricePackage;
    final FormField<Boolean> customPackage;
    final FormField<String> customBase;
    final FormField<String> customName;
    final FormField<String> customDescription;
    final FormField<String> customConditions;

    private final List<InviteRow> invites = new ArrayList<>();
    final FormField<String> invitationNote;
    final FormField<Boolean> sendInvites;

    public NewAccountForm(Messages messages) {
        this.messages = messages;
        this.check = new Validators(messages);
        this.form = Form.forNew(messages);

        adding = StepKind.COMPANY;
        businessName = text("company.business_name", "onboarding.field.businessName")
                .validatedBy(check.required(), check.maxLength(200));
        displayName = text("company.display_name", "onboarding.field.displayName").validatedBy(check.maxLength(200));
        organizationNumber = text("company.organization_number", "onboarding.field.organizationNumber")
                .validatedBy(check.required(), check.maxLength(32));
        addressLine = text("company.address.address_line", "onboarding.field.addressLine")
                .validatedBy(check.required());
        addressLine2 = text("company.address.address_line_2", "onboarding.field.addressLine2");
        postalCode = text("company.address.postal_code", "onboarding.field.postalCode").validatedBy(check.required());
        postalPlace = text("company.address.postal_place", "onboarding.field.postalPlace")
                .validatedBy(check.required());
        country = choice("company.address.country", "onboarding.field.country", "NO", countries(),
                this::countryName).validatedBy(check.required(), check.countryCode());
        organizationNumber.validatedBy(check.organisationNumber(country::value));
        companyEmail = text("company.email", "onboarding.field.companyEmail")
                .validatedBy(check.email(), check.maxLength(200));
        companyPhone = text("company.phone_number", "onboarding.field.phone").validatedBy(check.internationalPhone());
        industry = text("company.industry", "onboarding.field.industry");
        merchantCategoryCode = text("company.merchant_category_code", "onboarding.field.mcc")
                .validatedBy(check.pattern(MCC, "5812"));

        adding = StepKind.BILLING;
        billingSameAsCompany = flag("billing.same_as_company", "onboarding.field.billingSame", true);
        BooleanSupplier ownBilling = () -> !Boolean.TRUE.equals(billingSameAsCompany.value());
        billingName = text("billing.business_name", "onboarding.field.billingName")
                .validatedBy(when(ownBilling, check.required()), check.maxLength(200));
        billingOrganizationNumber = text("billing.organization_number", "onboarding.field.organizationNumber")
                .validatedBy(check.maxLength(32));
        billingEmail = text("billing.email", "onboarding.field.billingEmail")
                .validatedBy(check.email(), check.maxLength(200));
        billingPhone = text("billing.phone_number", "onboarding.field.phone").validatedBy(check.internationalPhone());
        billingAddressLine = text("billing.address.address_line", "onboarding.field.addressLine")
                .validatedBy(when(ownBilling, check.required()));
        billingPostalCode = text("billing.address.postal_code", "onboarding.field.postalCode")
                .validatedBy(when(ownBilling, check.required()));
        billingPostalPlace = text("billing.address.postal_place", "onboarding.field.postalPlace")
                .validatedBy(when(ownBilling, check.required()));
        billingCountry = choice("billing.address.country", "onboarding.field.country", "NO", countries(),
                this::countryName).validatedBy(when(ownBilling, check.required()), check.countryCode());
        billingOrganizationNumber.validatedBy(check.organisationNumber(billingCountry::value));
        billingReference = text("billing.reference", "onboarding.field.billingReference");

        adding = StepKind.APPLICANT;
        firstName = text("applicant.first_name", "onboarding.field.firstName").validatedBy(check.required());
        lastName = text("applicant.last_name", "onboarding.field.lastName").validatedBy(check.required());
        applicantEmail = text("applicant.email", "onboarding.field.applicantEmail")
                .validatedBy(check.required(), check.email(), check.maxLength(200));
        applicantPhone = text("applicant.phone_number", "onboarding.field.phone")
                .validatedBy(check.internationalPhone());

        adding = StepKind.SERVICES;
        for (String feature : Vocabularies.CHECKOUT_FEATURES) {
            checkoutFeatures.put(feature, flag("services.checkout.features." + feature + ".requested",
                    Vocabularies.word(messages, "feature.", feature), false));
        }
        for (String feature : Vocabularies.PAYOUT_FEATURES) {
            payoutFeatures.put(feature, flag("services.payout.features.features." + feature + ".requested",
                    Vocabularies.word(messages, "feature.", feature), false));
        }

        adding = StepKind.MANAGER;
        accountManager = text("account_manager.email", "onboarding.field.accountManager")
                .validatedBy(check.email(), check.maxLength(200));
        List<String> channels = Validators.values(SaleChannel.KNOWN);
        saleChannel = choice("sale_channel", "onboarding.field.saleChannel", "", channels,
                Vocabularies.saleChannels(messages)::labelOf).validatedBy(check.oneOf(channels));
        languageCode = choice("language_code", "onboarding.field.language", "", LANGUAGES, this::languageName)
                .validatedBy(check.languageTag());
        resellerId = text("reseller_id", "onboarding.field.resellerId");

        adding = StepKind.PRICE;
        Function<String, String> packageWords = id -> blank(id) ? ""
                : packageNames.containsKey(id) ? packageNames.get(id) + " (" + id + ")" : id;
        customPackage = flag("price.custom", "onboarding.field.customPackage", false);
        BooleanSupplier custom = () -> Boolean.TRUE.equals(customPackage.value());
        pricePackage = input(FormField.text("price_package", messages.get("onboarding.field.pricePackage"), ""),
                "onboarding.field.pricePackage", InputKind.CHOICE, List.of(), packageWords);
        // A package for this account alone (custom_price_package): its products are copied from a package the
        // partner has; the products themselves are edited on the pricing screens.
        customBase = input(FormField.text("custom_price_package.products",
                        messages.get("onboarding.field.customBase"), ""), "onboarding.field.customBase",
                InputKind.CHOICE, List.of(), packageWords).validatedBy(when(custom, check.required()));
        customName = text("custom_price_package.name", "onboarding.field.customName")
                .validatedBy(when(custom, check.required()), check.maxLength(200));
        customDescription = text("custom_price_package.description", "onboarding.field.customDescription")
                .validatedBy(when(custom, check.required()));
        customConditions = input(FormField.text("custom_price_package.pricing_conditions",
                        messages.get("onboarding.field.customConditions"), ""), "onboarding.field.customConditions",
                InputKind.AREA, null, null);
        customPackage.valueProperty().addListener((obs, old, now) -> List.of(customBase, customName,
                customDescription).forEach(FormField::revalidate));

        adding = StepKind.INVITES;
        for (int i = 0; i < INVITE_ROWS; i++) {
            String prefix = "invite_users." + i + ".";
            String person = messages.format("onboarding.invite.person", i + 1);
            FormField<String> first = input(FormField.text(prefix + "first_name",
                    person + " · " + messages.get("onboarding.field.firstName"), ""),
                    "onboarding.field.firstName", InputKind.TEXT, null, null);
            FormField<String> last = input(FormField.text(prefix + "last_name",
                    person + " · " + messages.get("onboarding.field.lastName"), ""),
                    "onboarding.field.lastName", InputKind.TEXT, null, null);
            FormField<String> email = input(FormField.text(prefix + "email",
                    person + " · " + messages.get("onboarding.field.inviteEmail"), ""),
                    "onboarding.field.inviteEmail", InputKind.TEXT, null, null);
            InviteRow row = new InviteRow(first, last, email);
            email.validatedBy(when(() -> !row.isEmpty(), check.required()), check.email(), check.maxLength(200));
            first.valueProperty().addListener((obs, old, now) -> email.revalidate());
            last.valueProperty().addListener((obs, old, now) -> email.revalidate());
            invites.add(row);
        }
        invitationNote = input(FormField.text("invitation_note", messages.get("onboarding.field.invitationNote"), ""),
                "onboarding.field.invitationNote", InputKind.AREA, null, null).validatedBy(check.maxLength(1000));
        sendInvites = flag("actions.send_invite", "onboarding.field.sendInvites", true);

        adding = StepKind.REVIEW;
        inputs.put(StepKind.REVIEW, List.of());

        // Checks that depend on another field run again when it changes.
        country.valueProperty().addListener((obs, old, now) -> organizationNumber.revalidate());
        billingCountry.valueProperty().addListener((obs, old, now) -> billingOrganizationNumber.revalidate());
        billingSameAsCompany.valueProperty().addListener((obs, old, now) -> inputs.get(StepKind.BILLING).stream()
                .map(Input::field).forEach(FormField::revalidate));

        for (StepKind kind : StepKind.values()) {
            steps.add(step(kind));
        }
    }

    private Step step(StepKind kind) {
        List<Input> in = List.copyOf(inputs.get(kind));
        javafx.beans.Observable[] watched = in.stream().map(i -> i.field().validProperty())
                .toArray(javafx.beans.Observable[]::new);
        BooleanBinding valid = Bindings.createBooleanBinding(
                () -> in.stream().allMatch(i -> i.field().validProperty().get()), watched);
        StringBinding blockers = Bindings.createStringBinding(() -> {
            List<String> labels = in.stream().filter(i -> !i.field().validProperty().get())
                    .map(Input::label).distinct().toList();
            return labels.isEmpty() ? "" : messages.format("onboarding.step.blocked", String.join(", ", labels));
        }, watched);
        return new Step(kind, messages.get("onboarding.step." + kind.name().toLowerCase(Locale.ROOT)), in, valid,
                blockers);
    }

    private static <T> Validator<T> when(BooleanSupplier applies, Validator<T> validator) {
        return value -> applies.getAsBoolean() ? validator.check(value) : null;
    }

    private FormField<String> text(String path, String labelKey) {
        return input(FormField.text(path, messages.get(labelKey), ""), labelKey, InputKind.TEXT, null, null);
    }

    private FormField<String> choice(String path, String labelKey, String initial, List<String> values,
                                     Function<String, String> words) {
        return input(FormField.text(path, messages.get(labelKey), initial), labelKey, InputKind.CHOICE, values,
                words);
    }

    private FormField<Boolean> flag(String path, String labelOrKey, boolean initial) {
        String label = messages.has(labelOrKey) ? messages.get(labelOrKey) : labelOrKey;
        FormField<Boolean> field = new FormField<>(path, label, initial,
                on -> messages.get(Boolean.TRUE.equals(on) ? "common.yes" : "common.no"))
                .draftable(Boolean::parseBoolean);
        form.add(field);
        inputs.computeIfAbsent(adding, k -> new ArrayList<>()).add(new Input(field, label, id(path), InputKind.CHECK,
                null, null));
        return field;
    }

    private <T> FormField<T> input(FormField<T> field, String labelKey, InputKind kind, List<String> choices,
                                   Function<String, String> words) {
        form.add(field);
        String label = messages.get(labelKey);
        inputs.computeIfAbsent(adding, k -> new ArrayList<>()).add(new Input(field, label, id(field.path()), kind,
                choices, words));
        return field;
    }

    private static String id(String path) {
        return "new-" + path.replace('.', '-').replace('_', '-');
    }

    private static List<String> countries() {
        return List.of("NO", "SE", "DK", "FI");
    }

    private String countryName(String code) {
        return code == null || code.isBlank() ? ""
                : new Locale("", code).getDisplayCountry(messages.locale()) + " (" + code + ")";
    }

    private String languageName(String tag) {
        return tag == null || tag.isBlank() ? "" : Locale.forLanguageTag(tag).getDisplayLanguage(messages.locale())
                + " (" + tag + ")";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orNull(String value) {
        return blank(value) ? null : value.strip();
    }

    // ------------------------------------------------------------------------------------------------- reading it

    public Form form() {
        return form;
    }

    public List<Step> steps() {
        return steps;
    }

    public Step step(int index) {
        return steps.get(index);
    }

    /** The step that holds the field at {@code path}, as a server's {@code errors[]} names it; -1 if none. */
    public int stepOf(FormField<?> field) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).inputs().stream().anyMatch(input -> input.field() == field)) {
                return i;
            }
        }
        return -1;
    }

    /** The checkout features the merchant can ask for, by name. */
    Map<String, FormField<Boolean>> checkoutFeatures() {
        return checkoutFeatures;
    }

    public List<InviteRow> invites() {
        return List.copyOf(invites);
    }

    /** The price packages to offer, by {@code price_package_id}, once they are loaded. */
    public ObjectProperty<List<String>> pricePackagesProperty() {
        return pricePackages;
    }

    /** Offers these price packages ({@code price_package_id} → name) for {@code price_package}. */
    public void offerPricePackages(Map<String, String> namesById) {
        offerPricePackages(namesById, Map.of());
    }

    /** The same, with each package's products, which a package for this account alone starts from. */
    public void offerPricePackages(Map<String, String> namesById, Map<String, List<PricePackageProduct>> products) {
        packageNames.clear();
        packageNames.putAll(namesById);
        packageProducts.clear();
        packageProducts.putAll(products);
        pricePackages.set(List.copyOf(namesById.keySet()));
    }

    /** Whether the account gets a package of its own rather than an existing one. */
    public boolean customPackage() {
        return Boolean.TRUE.equals(customPackage.value());
    }

    /** The organisation number as typed, for the duplicate check. */
    public String organisationNumber() {
        return organizationNumber.value();
    }

    public String businessName() {
        return businessName.value();
    }

    private Address companyAddress() {
        return new Address(orNull(addressLine.value()), orNull(addressLine2.value()), orNull(postalCode.value()),
                orNull(postalPlace.value()), orNull(country.value()));
    }

    /** The company as the application describes it. */
    AccountCompany company() {
        return new AccountCompany(orNull(businessName.value()), orNull(displayName.value()),
                orNull(organizationNumber.value()), orNull(industry.value()), null, null, companyAddress(),
                orNull(companyEmail.value()), null, orNull(Validators.e164(companyPhone.value())),
                orNull(merchantCategoryCode.value()), null, null, null);
    }

    /** Billing: the company's own details, or those the user gave. */
    AccountBilling billing() {
        AccountCompany company = company();
        return Boolean.TRUE.equals(billingSameAsCompany.value())
                ? new AccountBilling(company.businessName(), company.organizationNumber(), company.address(),
                        company.email(), orNull(billingReference.value()), company.phoneNumber())
                : new AccountBilling(orNull(billingName.value()), orNull(billingOrganizationNumber.value()),
                        new Address(orNull(billingAddressLine.value()), null, orNull(billingPostalCode.value()),
                                orNull(billingPostalPlace.value()), orNull(billingCountry.value())),
                        orNull(billingEmail.value()), orNull(billingReference.value()),
                        orNull(Validators.e164(billingPhone.value())));
    }

    ApplicantInput applicant() {
        return ApplicantInput.of(orNull(firstName.value()), orNull(lastName.value()),
                orNull(applicantEmail.value()), orNull(Validators.e164(applicantPhone.value())));
    }

    private AccountManager manager() {
        return blank(accountManager.value()) ? null : new AccountManager(accountManager.value().strip());
    }

    /** The applicant's e-mail: where a signup's code or a prefilled form's link goes. */
    public String applicantEmail() {
        return orNull(applicantEmail.value());
    }

    /**
     * The same application as a signup the merchant finishes with the code e-mailed to the applicant. A signup
     * carries company, billing, applicant and account manager; services, price, invitations and the rest are set on
     * the account once it exists.
     */
    public SignupApplication toSignup() {
        return new SignupApplication(applicant(), company(), billing(), manager(), null);
    }

    /** The same application as a pre-filled signup form the merchant reviews and accepts. */
    public NewPrefill toPrefill() {
        return new NewPrefill(null, applicant(), company(), billing(), manager());
    }

    /** The request this application makes. */
    public NewAccount toNewAccount() {
        AccountCompany company = company();
        AccountBilling billing = billing();
        ApplicantInput applicant = applicant();

        NewAccount.Builder builder = NewAccount.builder(applicant, company, billing);
        AccountServicesInput services = services();
        if (services != null) {
            builder.services(services);
        }
        if (manager() != null) {
            builder.accountManager(manager());
        }
        if (!blank(saleChannel.value())) {
            builder.saleChannel(SaleChannel.of(saleChannel.value().strip()));
        }
        if (!blank(languageCode.value())) {
            builder.languageCode(languageCode.value().strip());
        }
        if (!blank(resellerId.value())) {
            builder.resellerId(resellerId.value().strip());
        }
        if (customPackage()) {
            builder.customPricePackage(new NewPricePackage(orNull(customName.value()),
                    orNull(customDescription.value()), orNull(customConditions.value()), null,
                    packageProducts.getOrDefault(customBase.value(), List.of()), null));
        } else if (!blank(pricePackage.value())) {
            builder.pricePackage(pricePackage.value().strip());
        }
        List<InviteUser> people = invites.stream().filter(row -> !row.isEmpty())
                .map(row -> new InviteUser(row.email().value().strip(), orNull(row.firstName().value()),
                        orNull(row.lastName().value())))
                .toList();
        if (!people.isEmpty()) {
            builder.inviteUsers(people);
            if (!blank(invitationNote.value())) {
                builder.invitationNote(invitationNote.value().strip());
            }
            if (Boolean.TRUE.equals(sendInvites.value())) {
                builder.actions(List.of(AccountAction.SEND_INVITE));
            }
        }
        return builder.build();
    }

    private AccountServicesInput services() {
        Map<String, ServiceFeatureInput> checkout = requested(checkoutFeatures);
        Map<String, ServiceFeatureInput> payout = requested(payoutFeatures);
        if (checkout.isEmpty() && payout.isEmpty()) {
            return null;
        }
        return new AccountServicesInput(
                checkout.isEmpty() ? null : new AccountServicesInput.CheckoutServiceInput(checkout),
                payout.isEmpty() ? null : new AccountServicesInput.PayoutServiceInput(
                        new AccountServicesInput.PayoutFeaturesInput(null, null, null, payout, null, null)));
    }

    private static Map<String, ServiceFeatureInput> requested(Map<String, FormField<Boolean>> features) {
        Map<String, ServiceFeatureInput> asked = new LinkedHashMap<>();
        features.forEach((name, field) -> {
            if (Boolean.TRUE.equals(field.value())) {
                asked.put(name, ServiceFeatureInput.requested("enable"));
            }
        });
        return asked;
    }

    /** What the review shows: every field that holds something, by step, as "label: value". */
    public Map<String, List<String>> summary() {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        boolean sameBilling = Boolean.TRUE.equals(billingSameAsCompany.value());
        for (Step step : steps) {
            List<String> shown = new ArrayList<>();
            for (Input input : step.inputs()) {
                FormField<?> field = input.field();
                if (step.kind() == StepKind.BILLING && sameBilling && field != billingSameAsCompany
                        && field != billingReference) {
                    continue;
                }
                if (field == pricePackage && customPackage()
                        || field.path().startsWith("custom_price_package.") && !customPackage()) {
                    continue;
                }
                Object value = field.value();
                if (value instanceof Boolean on) {
                    if (on) {
                        shown.add(field.label());
                    }
                } else if (value != null && !value.toString().isBlank()) {
                    String text = input.kind() == InputKind.CHOICE && input.words() != null
                            ? input.words().apply(value.toString().strip()) : value.toString().strip();
                    shown.add(field.label() + ": " + text);
                }
            }
            if (!shown.isEmpty()) {
                lines.put(step.title(), shown);
            }
        }
        return lines;
    }
}
