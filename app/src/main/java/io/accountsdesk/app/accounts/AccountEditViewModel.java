package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.app.core.forms.FieldChange;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormDraft;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.Progression;
import io.accountsdesk.client.accounts.SaleChannel;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The company, billing and applicant of an account, and the account's own settings, as one form whose fields are
 * the seed's field paths. Saving shows what will change (old → new) first; then the account is read fresh, only the
 * fields the user changed are applied to it, and it is sent back. If someone changed one of those fields meanwhile,
 * nothing is sent and the user is told which. A 400 puts each message on the field it names; typing is kept as a
 * draft until it is saved or discarded.
 */
public final class AccountEditViewModel {

    /** The form's name in draft keys. */
    static final String DRAFT_FORM = "account-details";

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

    private final SessionServices services;
    private final Messages messages;
    private final Consumer<Account> onSaved;
    private final Form form;
    private final Validators check;
    private final ObservableList<FieldChange> changes = FXCollections.observableArrayList();
    private final List<Section> sections = new ArrayList<>();
    private final ReadOnlyBooleanWrapper reviewing = new ReadOnlyBooleanWrapper(this, "reviewing");
    private final ReadOnlyStringWrapper draftNotice = new ReadOnlyStringWrapper(this, "draftNotice", "");
    private final FormDraft draft;
    private final DateTimeFormatter draftTime;
    private Account account;

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
                true, Vocabularies.saleChannels(messages)::labelOf);
        languageCode = text("language_code", "account.field.languageCode").validatedBy(check.languageTag());
        accountManager = text("account_manager.email", "account.field.accountManager").validatedBy(check.email());
        resellerId = text("reseller_id", "account.field.resellerId");

        section("account.section.company");
        businessName = text("company.business_name", "account.field.businessName").validatedBy(check.required());
        displayName = text("company.display_name", "account.field.displayName");
        organizationNumber = text("company.organization_number", "account.field.organizationNumber");
        industry = text("company.industry", "account.field.industry");
        merchantCategoryCode = text("company.merchant_category_code", "account.field.mcc")
                .validatedBy(check.pattern(Pattern.compile("\\d{4}"), "5812"));
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
        draft = new FormDraft(services, form, DRAFT_FORM);
        draftTime = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(services.clock().getZone());
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

    /**
     * Shows the account as the server has it. Another account starts the form over (and looks for a draft of it);
     * the same account again keeps what the user typed and only moves the baseline the changes are measured from.
     */
    public void load(Account value) {
        if (value == account) {
            return; // the snapshot on show already (the page passes on the account this form just saved)
        }
        boolean another = account == null || !account.accountId().equals(value.accountId());
        if (!another && form.isDirty()) {
            rebase(value);
            return;
        }
        fill(value);
        if (another) {
            draftNotice.set("");
            draft.open(value.accountId(),
                    savedAt -> draftNotice.set(messages.format("form.draft.restored", draftTime.format(savedAt))));
        }
    }

    private Map<String, String> serverValues(Account value) {
        return AccountWrites.values(value, form.fields().stream().map(FormField::path).toList());
    }

    private void fill(Account value) {
        account = value;
        reviewing.set(false);
        changes.clear();
        form.clearFormError();
        Map<String, String> values = serverValues(value);
        draft.quietly(() -> form.fields().forEach(field -> text(field).reset(values.get(field.path()))));
    }

    private void rebase(Account value) {
        account = value;
        Map<String, String> values = serverValues(value);
        draft.quietly(() -> form.fields().forEach(field -> text(field).rebase(values.get(field.path()))));
    }

    @SuppressWarnings("unchecked")
    private static FormField<String> text(FormField<?> field) {
        return (FormField<String>) field;
    }

    /**
     * First step of saving: the changed fields' messages show, and if they pass, the review of changes opens.
     * Returns whether the review opened.
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

    /** Second step: reads the account fresh and sends it back with the reviewed changes. */
    public void save() {
        if (!reviewing.get() || form.busyProperty().get()) {
            return;
        }
        String accountId = account.accountId();
        Map<String, String> changed = new LinkedHashMap<>();
        Map<String, String> startedFrom = new LinkedHashMap<>();
        for (FormField<?> field : form.fields()) {
            if (field.isDirty()) {
                changed.put(field.path(), field.displayValue());
                startedFrom.put(field.path(), field.displayInitial());
            }
        }
        form.busyProperty().set(true);
        AccountWrites.save(services, accountId, messages.format("account.task.save", accountId), fresh -> {
                    List<String> conflicts = AccountWrites.conflicts(fresh, startedFrom);
                    if (!conflicts.isEmpty()) {
                        throw new AccountWrites.Conflict(fresh, conflicts);
                    }
                    return AccountWrites.apply(fresh, changed);
                },
                saved -> {
                    forgetDraft();
                    fill(saved);
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                            messages.format("account.saved", accountId));
                    onSaved.accept(saved);
                },
                failure -> {
                    reviewing.set(false);
                    if (failure instanceof AccountWrites.Conflict conflict) {
                        rebase(conflict.fresh());
                        form.showMessage(messages.format("account.conflict", labels(conflict.paths())));
                    } else {
                        form.showServerErrors(failure);
                    }
                },
                () -> form.busyProperty().set(false));
    }

    private String labels(List<String> paths) {
        List<String> labels = new ArrayList<>();
        for (FormField<?> field : form.fields()) {
            if (paths.contains(field.path())) {
                labels.add(field.label());
            }
        }
        return String.join(", ", labels);
    }

    private void forgetDraft() {
        draft.forget();
        draftNotice.set("");
    }

    /** Drops what was typed, and its draft: the form shows the account as fetched again. */
    public void discard() {
        if (account != null) {
            forgetDraft();
            fill(account);
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
