package io.accountsdesk.app.approvals;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.client.approvals.CaseStatus;
import io.accountsdesk.client.approvals.NewPayoutDestinationApproval;
import io.accountsdesk.client.approvals.PayoutDestinationApproval;
import io.accountsdesk.client.approvals.PayoutInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The seed's application for a new seller ({@code POST .../approvals/payout-destinations}) with its payout interval
 * and the signatory who finishes it. On a test account ({@code T…}) the description decides the outcome; the form
 * offers those words there, and only there, because on a production account they are plain text.
 */
public final class SellerForm extends SendingForm {

    static final String DRAFT = "approvals-seller";

    private final Messages messages;
    private final FormField<String> destinationId;
    private final FormField<String> name;
    private final FormField<String> description;
    private final FormField<String> reference;
    private final FormField<String> country;
    private final FormField<String> organisation;
    private final FormField<String> interval;
    private final BankAccountFields bank;
    private final SubmitterFields submitter;
    private final List<FormInput> inputs = new ArrayList<>();
    private final Consumer<PayoutDestinationApproval> created;

    SellerForm(SessionServices services, String accountId, Consumer<PayoutDestinationApproval> created) {
        super(services, accountId);
        this.messages = services.messages();
        this.created = created;
        Validators check = new Validators(messages);
        String seller = messages.get("approvals.section.seller");
        destinationId = form().add(FormField.text("payout_destination_id", messages.get("approvals.field.sellerId"), "")
                .validatedBy(check.required(), check.maxLength(40)));
        name = form().add(FormField.text("payout_destination_name", messages.get("approvals.field.sellerName"), "")
                .validatedBy(check.maxLength(60)));
        description = form().add(FormField.text("payout_destination_description",
                messages.get("approvals.field.sellerDescription"), "").validatedBy(check.maxLength(1000)));
        reference = form().add(FormField.text("payout_reference", messages.get("approvals.field.payoutReference"), "")
                .validatedBy(check.required(), check.maxLength(60)));
        country = form().add(FormField.text("country_code", messages.get("approvals.field.country"), "NO")
                .validatedBy(check.required(), check.countryCode()));
        organisation = form().add(FormField.text("organization_number", messages.get("approvals.field.orgNumber"), "")
                .validatedBy(check.required(), check.organisationNumber(() -> country.value().strip())));
        // The number is checked by its country's rules: another country makes another verdict.
        country.valueProperty().addListener((obs, was, now) -> organisation.revalidate());
        interval = form().add(FormField.text("payout_interval_type", messages.get("approvals.field.interval"), "")
                .validatedBy(check.oneOf(Validators.values(PayoutInterval.KNOWN))));
        inputs.add(new FormInput(seller, destinationId, "approvals-seller-id", FormInput.Kind.TEXT, null));
        inputs.add(new FormInput(seller, name, "approvals-seller-name", FormInput.Kind.TEXT, null));
        inputs.add(new FormInput(seller, description, "approvals-seller-description", FormInput.Kind.AREA, null));
        inputs.add(new FormInput(seller, reference, "approvals-seller-reference", FormInput.Kind.TEXT, null));
        inputs.add(new FormInput(seller, country, "approvals-seller-country", FormInput.Kind.TEXT, null));
        inputs.add(new FormInput(seller, organisation, "approvals-seller-org-number", FormInput.Kind.TEXT, null));
        inputs.add(new FormInput(seller, interval, "approvals-seller-interval", FormInput.Kind.CHOICE,
                Validators.values(PayoutInterval.KNOWN)));
        bank = new BankAccountFields(form(), messages);
        inputs.addAll(bank.inputs(messages.get("approvals.section.bank")));
        submitter = new SubmitterFields(form(), messages);
        inputs.addAll(submitter.inputs(messages.get("approvals.section.signatory")));
        keepDrafts(DRAFT);
    }

    /** Whether the account is a test account, where the description's magic words decide the outcome. */
    public boolean testMode() {
        return accountId != null && accountId.startsWith("T");
    }

    /** The outcomes test mode can force, offered in the form on test accounts only. */
    public List<String> testOutcomes() {
        return testMode() ? NewPayoutDestinationApproval.TEST_OUTCOMES.stream().map(CaseStatus::value).toList()
                : List.of();
    }

    /** Writes the description that forces {@code outcome} on a test account. */
    public void useTestOutcome(String outcome) {
        if (!testOutcomes().contains(outcome)) {
            throw new IllegalArgumentException("Not a test outcome here: " + outcome);
        }
        description.set(outcome);
    }

    /** Fills a text field by its seed path; for tests and prefill. */
    public void set(String path, String value) {
        inputs.stream().filter(input -> input.field().path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No field " + path)).text().set(value);
    }

    @Override
    public String title() {
        return messages.format("approvals.seller.title", accountId);
    }

    @Override
    public List<FormInput> inputs() {
        return inputs;
    }

    @Override
    public String hint() {
        return testMode() ? messages.get("approvals.seller.testHint") : "";
    }

    NewPayoutDestinationApproval request() {
        return new NewPayoutDestinationApproval(destinationId.value().strip(), SubmitterFields.blankToNull(name.value()),
                SubmitterFields.blankToNull(description.value()), reference.value().strip(),
                country.value().strip().toUpperCase(Locale.ROOT), organisation.value().replace(" ", ""), bank.value(),
                interval.value().isBlank() ? null : PayoutInterval.of(interval.value()), submitter.value());
    }

    @Override
    public void submit() {
        String aid = accountId;
        send(messages.format("approvals.task.seller", aid), this::request, (application, task) ->
                services.subAccount(aid, task).approvals().createPayoutDestination(aid, application), answer -> messages.format("approvals.seller.done", answer.payoutDestinationId(),
                answer.caseStatus() == null ? "" : answer.caseStatus().value()), created);
    }
}
