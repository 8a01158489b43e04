package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.Debouncer;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.app.core.forms.DraftStore;
import io.accountsdesk.app.core.forms.FieldChange;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.AccountManager;
import io.accountsdesk.client.accounts.AccountUpdate;
import io.accountsdesk.client.accounts.Address;
import io.accountsdesk.client.accounts.ApplicantInput;
import io.accountsdesk.client.accounts.Progression;
import io.accountsdesk.client.accounts.SaleChannel;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The company, billing and applicant of an account, and the account's own settings, as one form. Saving shows what
 * will change (old → new, field by field) before anything is sent; the update then sends the account as fetched
 * with these changes, so only fields the seed lets a partner change go out and nothing else is lost. A 400 puts each
 * message on the field it names.
 */
public final class AccountEditViewModel {

    /** The pause in typing after which the unsaved values are kept. */
    static final java.time.Duration DRAFT_DELAY = java.time.Duration.ofSeconds(1);

    private final SessionServices services;
    private final Messages messages;
    private final Consumer<Account> onSaved;
    private final Form form;
    private final Validators check;
    private final ObservableList<FieldChange> changes = FXCollections.observableArrayList();
    private final List<Section> sections = new ArrayList<>();
    private final ReadOnlyBooleanWrapper reviewing = new ReadOnlyBooleanWrapper(this, "reviewing");
    private final ReadOnlyStringWrapper draftNotice = new ReadOnlyStringWrapper(this, "draftNotice", "");
    private final Debouncer keepDraft;
    private final DateTimeFormatter draftTime;
    private Account account;
    /** Set while the form fills itself, so filling is not mistaken for typing worth a draft. */
    private boolean filling;

    final FormField<String> progression;
    final FormField<String> saleChannel;
    final FormField<String> languageCode;
    final FormField<String> accountManager;
    final FormField<String> resellerId;

    final FormField<String> businessName;
    final FormField<String> displayName;
    final FormField<String> organizationNumber;
    final FormField<String> industry;
    final FormField<String> merchantCategoryCode;
    final FormField<String> companyEmail;
    final FormField<String> technicalEmail;
    final FormField<String> companyPhone;
    final AddressFields companyAddress;
    final FormField<String> bankName;
    final FormField<String> accountNumber;

    final FormField<String> billingName;
    final FormField<String> billingOrganizationNumber;
    final FormField<String> billingEmail;
    final FormField<String> billingPhone;
    final FormField<String> billingReference;
    final AddressFields billingAddress;

    final FormField<String> firstName;
    final FormField<String> lastName;
    final FormField<String> applicantEmail;
    final FormField<String> applicantPhone;

    /** A heading and the inputs under it, in the order the form shows them. */
    public record Section(String title, List<Row> rows) {
    }

    /**
     * One input as the view lays it out.
     *
     * @param choices  the values to choose from, or {@code null} for a text input
     * @param optional whether "none" is a choice too
     * @param words    how a choice reads
     */
    public record Row(FormField<String> field, String label, String id, List<String> choices, boolean optional,
                      Function<String, String> words) {
    }

    /** The five inputs of an address, under {@code prefix} ({@code company.address}). */
    public record AddressFields(FormField<String> line, FormField<String> line2, FormField<String> postalCode,
                                FormField<String> place, FormField<String> country) {
    }

    /** @param onSaved gets the account as the server stored it, on the UI thread */
    public AccountEditViewModel(SessionServices services, Consumer<Account> onSaved) {
        this.services = services;
        this.messages = services.messages();
        this.onSaved = onSaved;
        this.form = new Form(messages);
        this.check = new Validators(messages);

        // The seed's own constraints on an account update: the enums of progression and sale_channel, and
        // language_code as BCP 47.
        section("account.section.account");
        progression = choice("progression", "account.field.progression", Validators.values(Progression.KNOWN),
                false, Vocabularies.progressions(messages)::labelOf).validatedBy(check.required());
        saleChannel = choice("sale_channel", "account.field.saleChannel", Validators.values(SaleChannel.KNOWN),
                true, word -> word);
        languageCode = text("language_code", "account.field.languageCode").validatedBy(check.languageTag());
        accountManager = text("account_manager.email", "account.field.accountManager").validatedBy(check.email());
        resellerId = text("reseller_id", "account.field.resellerId");

        section("account.section.company");
        businessName = text("company.business_name", "account.field.businessName").validatedBy(check.required());
        displayName = text("company.display_name", "account.field.displayName");
        organizationNumber = text("company.organization_number", "account.field.organizationNumber");
        industry = text("company.industry", "account.field.industry");
        merchantCategoryCode = text("company.merchant_category_code", "account.field.mcc")
                .validatedBy(check.pattern(java.util.regex.Pattern.compile("\\d{4}"), "5812"));
        companyEmail = text("company.email", "account.field.email").validatedBy(check.email());
        technicalEmail = text("company.technical_email", "account.field.technicalEmail").validatedBy(check.email());
        companyPhone = text("company.phone_number", "account.field.phone").validatedBy(check.phone());
        companyAddress = address("company.address");
        bankName = text("company.bank_name", "account.field.bankName");
        accountNumber = text("company.account_number", "account.field.accountNumber");
        organizationNumber.validatedBy(check.organisationNumber(() -> companyAddress.country().value()));

        section("account.section.billing");
        billingName = text("billing.business_name", "account.field.billingName");
        billingOrganizationNumber = text("billing.organization_number", "account.field.organizationNumber");
        billingEmail = text("billing.email", "account.field.email").validatedBy(check.email());
        billingPhone = text("billing.phone_number", "account.field.phone").validatedBy(check.phone());
        billingReference = text("billing.reference", "account.field.reference");
        billingAddress = address("billing.address");
        billingOrganizationNumber.validatedBy(check.organisationNumber(() -> countryOrCompanys(billingAddress)));

        section("account.section.applicant");
        firstName = text("applicant.first_name", "account.field.firstName");
        lastName = text("applicant.last_name", "account.field.lastName");
        applicantEmail = text("applicant.email", "account.field.email").validatedBy(check.required(), check.email());
        applicantPhone = text("applicant.phone_number", "account.field.phone").validatedBy(check.phone());

        // An organisation number is judged by its country: a change of country judges it again.
        companyAddress.country().valueProperty().addListener((obs, old, now) -> {
            organizationNumber.revalidate();
            billingOrganizationNumber.revalidate();
        });
        billingAddress.country().valueProperty().addListener((obs, old, now) -> billingOrganizationNumber.revalidate());
        form.dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                reviewing.set(false);
            }
        });
        // Typing is kept on disk a moment after it pauses, so a crash or a closed window loses nothing.
        keepDraft = new Debouncer(services.scheduler(), DRAFT_DELAY);
        draftTime = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(services.clock().getZone());
        for (FormField<?> field : form.fields()) {
            field.valueProperty().addListener((obs, old, now) -> {
                if (!filling && account != null) {
                    keepDraft.submit(this::keepDraft);
                }
            });
        }
    }

    private String draftKey() {
        return services.draftKey("account-details", account.accountId());
    }

    private void keepDraft() {
        if (account == null) {
            return;
        }
        String key = draftKey();
        Map<String, String> values = form.draftValues();
        Instant now = services.clock().instant();
        services.tasks().fireAndForget(messages.get("form.task.draft"), () -> {
            if (values.isEmpty()) {
                services.drafts().delete(key);
            } else {
                services.drafts().save(new DraftStore.Draft(key, now, values));
            }
        });
    }

    private void forgetDraft() {
        keepDraft.cancel();
        draftNotice.set("");
        if (account != null) {
            String key = draftKey();
            services.tasks().fireAndForget(messages.get("form.task.draft"), () -> services.drafts().delete(key));
        }
    }

    /** Offers back what was typed and not saved last time, from the draft kept on disk. */
    private void lookForDraft() {
        String key = draftKey();
        String forAccount = account.accountId();
        services.tasks().run(BackgroundTask.of(messages.get("form.task.draftLoad"),
                        task -> services.drafts().load(key))
                .onSuccess(found -> found.ifPresent(draft -> {
                    if (account == null || !account.accountId().equals(forAccount) || form.isDirty()) {
                        return;
                    }
                    if (form.restoreDraft(draft.values()) > 0) {
                        draftNotice.set(messages.format("form.draft.restored", draftTime.format(draft.savedAt())));
                    }
                })));
    }

    private String countryOrCompanys(AddressFields address) {
        String own = address.country().value();
        return own == null || own.isBlank() ? companyAddress.country().value() : own;
    }

    /** Starts a group of inputs under a heading; the inputs made next belong to it. */
    private void section(String titleKey) {
        sections.add(new Section(messages.get(titleKey), new ArrayList<>()));
    }

    /** A text input; its label in the review names its section, since several sections have an e-mail. */
    private FormField<String> text(String path, String labelKey) {
        return input(path, labelKey, null, false, null);
    }

    /** A choice among the seed's enum values; {@code optional} adds "none". */
    private FormField<String> choice(String path, String labelKey, List<String> values, boolean optional,
                                     Function<String, String> words) {
        return input(path, labelKey, values, optional, words).validatedBy(check.oneOf(values));
    }

    private FormField<String> input(String path, String labelKey, List<String> choices, boolean optional,
                                    Function<String, String> words) {
        Section section = sections.get(sections.size() - 1);
        String label = messages.get(labelKey);
        FormField<String> field = form.add(FormField.text(path, section.title() + " · " + label, null));
        section.rows().add(new Row(field, label, "edit-" + path.replace('.', '-').replace('_', '-'), choices,
                optional, words));
        return field;
    }

    private AddressFields address(String prefix) {
        return new AddressFields(
                text(prefix + ".address_line", "account.field.addressLine"),
                text(prefix + ".address_line_2", "account.field.addressLine2"),
                text(prefix + ".postal_code", "account.field.postalCode"),
                text(prefix + ".postal_place", "account.field.postalPlace"),
                text(prefix + ".country", "account.field.country").validatedBy(check.countryCode()));
    }

    /** Fills the form from the account as fetched; unsaved typing is dropped. */
    public void load(Account value) {
        boolean another = account == null || !account.accountId().equals(value.accountId());
        keepDraft.cancel();
        filling = true;
        try {
            fill(value);
        } finally {
            filling = false;
        }
        if (another) {
            draftNotice.set("");
            lookForDraft();
        }
    }

    private void fill(Account value) {
        this.account = value;
        reviewing.set(false);
        changes.clear();
        form.clearFormError();
        AccountCompany c = value.company() != null ? value.company() : emptyCompany();
        AccountBilling b = value.billing() != null ? value.billing() : new AccountBilling(null, null, null, null, null, null);
        progression.reset(value.progression() == null ? "" : value.progression().value());
        saleChannel.reset(value.saleChannel() == null ? "" : value.saleChannel().value());
        languageCode.reset(nz(value.languageCode()));
        accountManager.reset(value.accountManager() == null ? "" : nz(value.accountManager().email()));
        resellerId.reset(nz(value.resellerId()));
        businessName.reset(nz(c.businessName()));
        displayName.reset(nz(c.displayName()));
        organizationNumber.reset(nz(c.organizationNumber()));
        industry.reset(nz(c.industry()));
        merchantCategoryCode.reset(nz(c.merchantCategoryCode()));
        companyEmail.reset(nz(c.email()));
        technicalEmail.reset(nz(c.technicalEmail()));
        companyPhone.reset(nz(c.phoneNumber()));
        bankName.reset(nz(c.bankName()));
        accountNumber.reset(nz(c.accountNumber()));
        reset(companyAddress, c.address());
        billingName.reset(nz(b.businessName()));
        billingOrganizationNumber.reset(nz(b.organizationNumber()));
        billingEmail.reset(nz(b.email()));
        billingPhone.reset(nz(b.phoneNumber()));
        billingReference.reset(nz(b.reference()));
        reset(billingAddress, b.address());
        var applicant = value.applicant();
        firstName.reset(applicant == null ? "" : nz(applicant.firstName()));
        lastName.reset(applicant == null ? "" : nz(applicant.lastName()));
        applicantEmail.reset(applicant == null ? "" : nz(applicant.email()));
        applicantPhone.reset(applicant == null ? "" : nz(applicant.phoneNumber()));
    }

    private static void reset(AddressFields fields, Address address) {
        Address a = address != null ? address : new Address(null, null, null, null, null);
        fields.line().reset(nz(a.addressLine()));
        fields.line2().reset(nz(a.addressLine2()));
        fields.postalCode().reset(nz(a.postalCode()));
        fields.place().reset(nz(a.postalPlace()));
        fields.country().reset(nz(a.country()));
    }

    /**
     * First step of saving: every message shows, and if all is valid the review of changes opens. Returns whether the
     * review opened.
     */
    public boolean review() {
        if (account == null || !form.isDirty()) {
            return false;
        }
        if (!form.validateAll()) {
            form.clearFormError();
            return false;
        }
        changes.setAll(form.changes());
        reviewing.set(true);
        return true;
    }

    /** The save key: opens the review, or saves what the open review shows. */
    public void submit() {
        if (reviewing.get()) {
            save();
        } else {
            review();
        }
    }

    /** Back from the review to the form, with everything typed kept. */
    public void backToEditing() {
        reviewing.set(false);
    }

    /** Second step: sends the reviewed changes. */
    public void save() {
        if (!reviewing.get() || form.busyProperty().get()) {
            return;
        }
        String accountId = account.accountId();
        AccountUpdate update = update();
        form.busyProperty().set(true);
        services.tasks().run(BackgroundTask.of(messages.format("account.task.save", accountId),
                        task -> services.api(task).accounts().update(accountId, update))
                .onSuccess(saved -> {
                    forgetDraft();
                    load(saved);
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                            messages.format("account.saved", accountId));
                    onSaved.accept(saved);
                })
                .onFailure(failure -> {
                    reviewing.set(false);
                    form.showServerErrors(failure);
                })
                .onFinished(() -> form.busyProperty().set(false)));
    }

    /** The account as fetched with the form's values on top; what the form does not show goes back unchanged. */
    AccountUpdate update() {
        AccountCompany c = account.company() != null ? account.company() : emptyCompany();
        AccountCompany company = new AccountCompany(value(businessName), value(displayName),
                value(organizationNumber), value(industry), value(bankName), value(accountNumber),
                address(companyAddress, c.address()), value(companyEmail), value(technicalEmail),
                value(companyPhone), value(merchantCategoryCode), c.averageTransactionValue(),
                c.mostExpensiveProductPrice(), c.projectedSales());
        AccountBilling billing = new AccountBilling(value(billingName), value(billingOrganizationNumber),
                address(billingAddress, account.billing() == null ? null : account.billing().address()),
                value(billingEmail), value(billingReference), value(billingPhone));
        ApplicantInput before = ApplicantInput.from(account.applicant());
        ApplicantInput applicant = before == null
                ? ApplicantInput.of(value(firstName), value(lastName), value(applicantEmail), value(applicantPhone))
                : new ApplicantInput(value(firstName), value(lastName), value(applicantEmail), value(applicantPhone),
                        before.agreement(), before.recaptchaSitekey(), before.recaptchaResponse(), before.promoCode(),
                        before.signupReference(), before.utm());
        String manager = value(accountManager);
        return AccountUpdate.from(account)
                .applicant(applicant)
                .company(company)
                .billing(billing)
                .progression(Progression.of(value(progression)))
                .saleChannel(SaleChannel.of(value(saleChannel)))
                .languageCode(value(languageCode))
                .resellerId(value(resellerId))
                .accountManager(manager == null ? null : new AccountManager(manager))
                .build();
    }

    private static Address address(AddressFields fields, Address before) {
        Address address = new Address(value(fields.line()), value(fields.line2()), value(fields.postalCode()),
                value(fields.place()), value(fields.country()));
        boolean empty = address.equals(new Address(null, null, null, null, null));
        return empty && before == null ? null : address;
    }

    /** What was typed, trimmed; an empty input is "no value". */
    private static String value(FormField<String> field) {
        String text = field.value() == null ? "" : field.value().strip();
        return text.isEmpty() ? null : text;
    }

    private static String nz(String text) {
        return Objects.requireNonNullElse(text, "");
    }

    private static AccountCompany emptyCompany() {
        return new AccountCompany(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Drops what was typed, and its draft: the form shows the account as fetched again. */
    public void discard() {
        if (account != null) {
            forgetDraft();
            Account current = account;
            filling = true;
            try {
                fill(current);
            } finally {
                filling = false;
            }
        }
    }

    /** Says that unsaved changes from an earlier visit were put back, and when they were typed; empty otherwise. */
    public ReadOnlyStringProperty draftNoticeProperty() {
        return draftNotice.getReadOnlyProperty();
    }

    public Form form() {
        return form;
    }

    /** What saving would change, once {@link #review()} opened the review. */
    public ObservableList<FieldChange> changes() {
        return changes;
    }

    public ReadOnlyBooleanProperty reviewingProperty() {
        return reviewing.getReadOnlyProperty();
    }

    /** The form's inputs, grouped and in order: account, company, billing, applicant. */
    public List<Section> sections() {
        return sections.stream().map(s -> new Section(s.title(), List.copyOf(s.rows()))).toList();
    }
}
