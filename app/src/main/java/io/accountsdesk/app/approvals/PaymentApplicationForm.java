package io.accountsdesk.app.approvals;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.client.approvals.NewPaymentsApproval;
import io.accountsdesk.client.approvals.PaymentsApproval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The seed's application for Dintero payments ({@code POST .../approvals/payments}): the company (country and
 * organisation number), the products and payment methods asked for, the one bank account and the signatory who
 * finishes it. The seed's application has no signatories or owners of its own: the signatory adds those, and signs,
 * at the contract link the answer carries, so the form says so instead of asking for them twice.
 */
public final class PaymentApplicationForm extends SendingForm {

    static final String DRAFT = "approvals-payments";
    /** The seed lists no products; Dintero's are checkout and payout, as the CDD cases name them. */
    static final List<String> PRODUCTS = List.of("checkout", "payout");

    private final Messages messages;
    private final FormField<String> country;
    private final FormField<String> organisation;
    private final Map<String, FormField<Boolean>> products = new LinkedHashMap<>();
    private final Map<String, FormField<Boolean>> methods = new LinkedHashMap<>();
    private final BankAccountFields bank;
    private final SubmitterFields submitter;
    private final List<FormInput> inputs = new ArrayList<>();
    private final Consumer<PaymentsApproval> applied;
    /** The account's applications just before the last send; read off the UI thread, so volatile. */
    private volatile java.util.Set<String> thereBeforeSend;
    /** The applications there were before a send whose answer was lost; the next send looks for what it made. */
    private java.util.Set<String> thereBeforeLostSend;

    PaymentApplicationForm(SessionServices services, String accountId, Consumer<PaymentsApproval> applied) {
        super(services, accountId);
        this.messages = services.messages();
        this.applied = applied;
        Validators check = new Validators(messages);
        String company = messages.get("approvals.section.company");
        country = form().add(FormField.text("country_code", messages.get("approvals.field.country"), "NO")
                .validatedBy(check.required(), check.countryCode()));
        organisation = form().add(FormField.text("organization_number", messages.get("approvals.field.orgNumber"), "")
                .validatedBy(check.required(), check.organisationNumber(() -> country.value().strip())));
        // The number is checked by its country's rules: another country makes another verdict.
        country.valueProperty().addListener((obs, was, now) -> organisation.revalidate());
        inputs.add(new FormInput(company, country, "approvals-country", FormInput.Kind.TEXT, null));
        inputs.add(new FormInput(company, organisation, "approvals-org-number", FormInput.Kind.TEXT, null));
        String productSection = messages.get("approvals.section.products");
        for (int i = 0; i < PRODUCTS.size(); i++) {
            String product = PRODUCTS.get(i);
            FormField<Boolean> flag = form().add(flag("products[" + i + "].product." + product,
                    Vocabularies.word(messages, "approvals.product.", product), i == 0));
            products.put(product, flag);
            inputs.add(new FormInput(productSection, flag, "approvals-product-" + product, FormInput.Kind.CHECK, null));
        }
        String methodSection = messages.get("approvals.section.methods");
        for (String method : Vocabularies.CHECKOUT_FEATURES) {
            FormField<Boolean> flag = form().add(flag("payment_methods." + method, method, false));
            methods.put(method, flag);
            inputs.add(new FormInput(methodSection, flag, "approvals-method-" + method, FormInput.Kind.CHECK, null));
        }
        bank = new BankAccountFields(form(), messages);
        inputs.addAll(bank.inputs(messages.get("approvals.section.bank")));
        submitter = new SubmitterFields(form(), messages);
        inputs.addAll(submitter.inputs(messages.get("approvals.section.signatory")));
        // Errors on the arrays as a whole land on their first box.
        form().alias("products", products.values().iterator().next());
        form().alias("payment_methods", methods.values().iterator().next());
        keepDrafts(DRAFT);
    }

    private static FormField<Boolean> flag(String path, String label, boolean initial) {
        return new FormField<>(path, label, initial, String::valueOf).draftable(Boolean::parseBoolean);
    }

    @Override
    public String title() {
        return messages.format("approvals.apply.title", accountId);
    }

    @Override
    public List<FormInput> inputs() {
        return inputs;
    }

    @Override
    public String hint() {
        return messages.get("approvals.apply.hint");
    }

    /** Ticks a product or payment method; for tests and the view's "select all". */
    public void choose(String productOrMethod, boolean on) {
        FormField<Boolean> flag = products.containsKey(productOrMethod) ? products.get(productOrMethod)
                : methods.get(productOrMethod);
        if (flag == null) {
            throw new IllegalArgumentException("No product or payment method " + productOrMethod);
        }
        flag.set(on);
    }

    /** Fills a text field by its seed path ({@code bank_accounts[0].bank_name}); for tests and prefill. */
    public void set(String path, String value) {
        inputs.stream().filter(input -> input.field().path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No field " + path)).text().set(value);
    }

    @Override
    protected boolean checkWhole() {
        if (chosen(products).isEmpty()) {
            form().showMessage(messages.get("approvals.apply.noProduct"));
            return false;
        }
        if (chosen(methods).isEmpty()) {
            form().showMessage(messages.get("approvals.apply.noMethod"));
            return false;
        }
        return true;
    }

    NewPaymentsApproval request() {
        return new NewPaymentsApproval(
                chosen(products).stream().map(PaymentsApproval.Product::new).toList(),
                chosen(methods).stream().map(PaymentsApproval.PaymentMethod::new).toList(),
                country.value().strip().toUpperCase(Locale.ROOT), organisation.value().replace(" ", ""),
                bank.value(), submitter.value());
    }

    @Override
    public void submit() {
        String aid = accountId;
        java.util.Set<String> before = thereBeforeLostSend;
        thereBeforeSend = null;
        send(messages.format("approvals.task.apply", aid), this::request, (application, task) -> {
            var approvals = services.subAccount(aid, task).approvals();
            List<PaymentsApproval> there = approvals.paymentsApprovals(aid, List.of());
            if (before != null) {
                // The last send's answer was lost, so it may have made the application: one that was not there
                // before it, for the same organisation, is that one. Sending again would make a second.
                java.util.Optional<PaymentsApproval> made = there.stream()
                        .filter(a -> !before.contains(a.id())
                                && java.util.Objects.equals(a.organizationNumber(), application.organizationNumber()))
                        .findFirst();
                if (made.isPresent()) {
                    return made.get();
                }
            } else {
                thereBeforeSend = there.stream().map(PaymentsApproval::id).collect(java.util.stream.Collectors.toSet());
            }
            return approvals.applyForPayments(aid, application);
        }, answer -> answer.contractUrl() == null ? messages.format("approvals.apply.done",
                statusText(answer.caseStatus() == null ? null : answer.caseStatus().value()))
                : messages.format("approvals.apply.doneLink", answer.contractUrl()), answer -> {
                    thereBeforeLostSend = null;
                    applied.accept(answer);
                });
    }

    @Override
    protected boolean findsWhatALostSendMade() {
        return true;
    }

    @Override
    protected void sendFailed(Throwable failure) {
        if (thereBeforeLostSend == null && thereBeforeSend != null
                && io.accountsdesk.app.core.LostAnswer.mayHaveMade(failure)) {
            thereBeforeLostSend = thereBeforeSend;
        }
    }

    private String statusText(String status) {
        return Vocabularies.caseStatuses(messages).labelOf(status == null ? null : status.toLowerCase(Locale.ROOT));
    }

    private static List<String> chosen(Map<String, FormField<Boolean>> flags) {
        return flags.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue().value()))
                .map(Map.Entry::getKey).toList();
    }
}
