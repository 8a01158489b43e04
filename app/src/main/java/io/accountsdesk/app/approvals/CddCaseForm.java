package io.accountsdesk.app.approvals;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.client.approvals.ApprovalAction;
import io.accountsdesk.client.approvals.CaseFor;
import io.accountsdesk.client.approvals.CaseRequest;
import io.accountsdesk.client.approvals.CddCase;
import io.accountsdesk.client.approvals.CddProduct;
import io.accountsdesk.client.approvals.NewCddCase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A due-diligence case to open ({@code POST .../cdd/cases}): whom it is for (this account, or a seller to create once
 * approved), the products, what to do on approval, and the {@code case_request} handed to the CDD service under its
 * own camelCase names. The form's paths are the seed's, so a 400's {@code errors[]} lands on the field it names.
 */
public final class CddCaseForm extends SendingForm {

    static final String DRAFT = "approvals-cdd";

    private final Messages messages;
    private final FormField<String> packageName;
    private final FormField<String> sellerId;
    private final FormField<String> sellerName;
    private final FormField<String> sellerDescription;
    private final FormField<String> reference;
    private final Map<String, FormField<Boolean>> products = new LinkedHashMap<>();
    private final Map<String, FormField<Boolean>> actions = new LinkedHashMap<>();
    private final FormField<String> checks;
    private final FormField<String> country;
    private final FormField<String> organisation;
    private final FormField<Boolean> signing;
    private final FormField<String> referenceId;
    private final List<FormInput> inputs = new ArrayList<>();
    private final Consumer<CddCase> opened;

    CddCaseForm(SessionServices services, String accountId, Consumer<CddCase> opened) {
        super(services, accountId);
        this.messages = services.messages();
        this.opened = opened;
        Validators check = new Validators(messages);
        String forWhom = messages.get("approvals.section.caseFor");
        packageName = form().add(FormField.text("package", messages.get("approvals.field.package"), ""));
        sellerId = form().add(FormField.text("case_for.payout_destination_id", messages.get("approvals.field.sellerId"),
                "").validatedBy(check.maxLength(40)));
        sellerName = form().add(FormField.text("case_for.payout_destination_name",
                messages.get("approvals.field.sellerName"), "").validatedBy(check.maxLength(60)));
        sellerDescription = form().add(FormField.text("case_for.payout_destination_description",
                messages.get("approvals.field.sellerDescription"), "").validatedBy(check.maxLength(1000)));
        reference = form().add(FormField.text("case_for.payout_reference",
                messages.get("approvals.field.payoutReference"), "").validatedBy(check.maxLength(60)));
        inputs.add(new FormInput(forWhom, packageName, "approvals-cdd-package", FormInput.Kind.TEXT, null));
        inputs.add(new FormInput(forWhom, sellerId, "approvals-cdd-seller-id", FormInput.Kind.TEXT, null));
        inputs.add(new FormInput(forWhom, sellerName, "approvals-cdd-seller-name", FormInput.Kind.TEXT, null));
        inputs.add(new FormInput(forWhom, sellerDescription, "approvals-cdd-seller-description", FormInput.Kind.AREA,
                null));
        inputs.add(new FormInput(forWhom, reference, "approvals-cdd-reference", FormInput.Kind.TEXT, null));
        String what = messages.get("approvals.section.products");
        for (CddProduct product : CddProduct.KNOWN) {
            FormField<Boolean> flag = form().add(flag("products." + product.value(), product.value(),
                    product.equals(CddProduct.CHECKOUT)));
            products.put(product.value(), flag);
            inputs.add(new FormInput(what, flag, "approvals-cdd-product-" + product.value(), FormInput.Kind.CHECK,
                    null));
        }
        String onApproval = messages.get("approvals.section.actions");
        for (ApprovalAction action : ApprovalAction.KNOWN) {
            FormField<Boolean> flag = form().add(flag("actions_on_approval." + action.value(),
                    messages.get("approvals.action." + action.value()), false));
            actions.put(action.value(), flag);
            inputs.add(new FormInput(onApproval, flag, "approvals-cdd-action-" + action.value(), FormInput.Kind.CHECK,
                    null));
        }
        String request = messages.get("approvals.section.caseRequest");
        checks = form().add(FormField.text("case_request.checks", messages.get("approvals.field.checks"), "KYC"));
        country = form().add(FormField.text("case_request.countryCode", messages.get("approvals.field.country"), "NO")
                .validatedBy(check.required(), check.countryCode()));
        organisation = form().add(FormField.text("case_request.organizationNumber",
                messages.get("approvals.field.orgNumber"), "")
                .validatedBy(check.required(), check.organisationNumber(() -> country.value().strip())));
        // The number is checked by its country's rules: another country makes another verdict.
        country.valueProperty().addListener((obs, was, now) -> organisation.revalidate());
        signing = form().add(flag("case_request.requireContractSigning", messages.get("approvals.field.signing"),
                true));
        referenceId = form().add(FormField.text("case_request.referenceId", messages.get("approvals.field.referenceId"),
                ""));
        inputs.add(new FormInput(request, checks, "approvals-cdd-checks", FormInput.Kind.TEXT, null));
        inputs.add(new FormInput(request, country, "approvals-cdd-country", FormInput.Kind.TEXT, null));
        inputs.add(new FormInput(request, organisation, "approvals-cdd-org-number", FormInput.Kind.TEXT, null));
        inputs.add(new FormInput(request, signing, "approvals-cdd-signing", FormInput.Kind.CHECK, null));
        inputs.add(new FormInput(request, referenceId, "approvals-cdd-reference-id", FormInput.Kind.TEXT, null));
        form().alias("products", products.values().iterator().next());
        form().alias("actions_on_approval", actions.values().iterator().next());
        keepDrafts(DRAFT);
    }

    private static FormField<Boolean> flag(String path, String label, boolean initial) {
        return new FormField<>(path, label, initial, String::valueOf).draftable(Boolean::parseBoolean);
    }

    /** Fills a text field by its seed path; for tests and prefill. */
    public void set(String path, String value) {
        inputs.stream().filter(input -> input.field().path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No field " + path)).text().set(value);
    }

    @Override
    public String title() {
        return messages.format("approvals.cdd.title", accountId);
    }

    @Override
    public List<FormInput> inputs() {
        return inputs;
    }

    @Override
    public String hint() {
        return accountId != null && accountId.startsWith("T") ? messages.get("approvals.cdd.testHint") : "";
    }

    @Override
    protected boolean checkWhole() {
        if (chosen(products).isEmpty()) {
            form().showMessage(messages.get("approvals.apply.noProduct"));
            return false;
        }
        return true;
    }

    NewCddCase request() {
        // A case for a seller names the seller; otherwise it is about the account itself.
        boolean forSeller = !sellerId.value().isBlank();
        CaseFor caseFor = new CaseFor(forSeller ? null : accountId, SubmitterFields.blankToNull(sellerId.value()),
                SubmitterFields.blankToNull(sellerName.value()), SubmitterFields.blankToNull(sellerDescription.value()),
                SubmitterFields.blankToNull(reference.value()));
        List<String> checkList = Arrays.stream(checks.value().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        CaseRequest caseRequest = new CaseRequest(checkList.isEmpty() ? null : checkList,
                country.value().strip().toUpperCase(Locale.ROOT), organisation.value().replace(" ", ""),
                signing.value(), null, null, SubmitterFields.blankToNull(referenceId.value()));
        List<String> chosenActions = chosen(actions);
        return new NewCddCase(SubmitterFields.blankToNull(packageName.value()), caseFor,
                chosenActions.isEmpty() ? null : chosenActions.stream().map(ApprovalAction::of).toList(),
                chosen(products).stream().map(CddProduct::of).toList(), null, caseRequest);
    }

    @Override
    public void submit() {
        String aid = accountId;
        send(messages.format("approvals.task.cdd", aid), this::request, (newCase, task) ->
                services.subAccount(aid, task).approvals().createCddCase(aid, newCase), answer -> messages.format("approvals.cdd.done", answer.id(),
                answer.status() == null ? "" : answer.status().value()), opened);
    }

    private static List<String> chosen(Map<String, FormField<Boolean>> flags) {
        return flags.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue().value()))
                .map(Map.Entry::getKey).toList();
    }
}
