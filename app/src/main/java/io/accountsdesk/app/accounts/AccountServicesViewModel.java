package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.FieldChange;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountService;
import io.accountsdesk.client.accounts.AccountServicesInput;
import io.accountsdesk.client.accounts.AccountServicesInput.ServiceFeatureInput;
import io.accountsdesk.client.accounts.AccountUpdate;
import io.accountsdesk.client.accounts.ServiceFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The account's services and their features. Statuses are the server's and only shown; which features the merchant
 * asks for ({@code requested}) is what the seed lets a partner send in an account update, for checkout's payment
 * features and payout's, so those are check boxes that save as one change.
 */
public final class AccountServicesViewModel {

    /** Checkout's payment features, as the seed's account update lists them. */
    static final List<String> CHECKOUT_FEATURES = List.of("applepay", "billie", "clicktopay", "collector",
            "creditcard", "googlepay", "instabank", "klarna", "mobilepay", "santander", "swish", "vipps");
    /** Payout's features, as the seed's account update lists them. */
    static final List<String> PAYOUT_FEATURES = List.of("split_payment", "daily_payouts");
    /** The one value the seed gives {@code requested}. */
    static final String ENABLE = "enable";

    /** A service as the server reports it. */
    public record ServiceSummary(String name, String status, String progression) {
    }

    /** One feature of a service: its status on the server and whether it is asked for (the editable part). */
    public record FeatureRow(String service, String feature, String status, FormField<Boolean> requested) {
    }

    private final SessionServices services;
    private final Messages messages;
    private final Consumer<Account> onSaved;
    private final ObservableList<ServiceSummary> summaries = FXCollections.observableArrayList();
    private final ObservableList<FeatureRow> features = FXCollections.observableArrayList();
    private final Form form;
    private final Map<String, FormField<Boolean>> requested = new LinkedHashMap<>();
    private Account account;

    public AccountServicesViewModel(SessionServices services, Consumer<Account> onSaved) {
        this.services = services;
        this.messages = services.messages();
        this.onSaved = onSaved;
        this.form = new Form(messages);
        addFields("checkout", CHECKOUT_FEATURES);
        addFields("payout", PAYOUT_FEATURES);
    }

    private void addFields(String service, List<String> names) {
        for (String name : names) {
            String path = "services." + service + ".features." + name + ".requested";
            String label = messages.format("services.feature.label", messages.get("service." + service),
                    featureName(name));
            requested.put(path, form.add(new FormField<>(path, label, false,
                    on -> messages.get(Boolean.TRUE.equals(on) ? "services.requested.yes" : "services.requested.no"))));
        }
    }

    public void load(Account value) {
        account = value;
        Map<String, AccountService> byName = value.servicesByName();
        List<ServiceSummary> list = new ArrayList<>();
        byName.forEach((name, service) -> list.add(new ServiceSummary(name, service.status(), service.progression())));
        summaries.setAll(list);
        form.clearFormError();
        List<FeatureRow> rows = new ArrayList<>();
        addRows(rows, "checkout", CHECKOUT_FEATURES, byName.get("checkout"));
        addRows(rows, "payout", PAYOUT_FEATURES, byName.get("payout"));
        features.setAll(rows);
    }

    private void addRows(List<FeatureRow> rows, String service, List<String> names, AccountService current) {
        Map<String, ServiceFeature> known = current == null ? Map.of() : current.featureStatuses();
        for (String name : names) {
            ServiceFeature feature = known.get(name);
            FormField<Boolean> field = requested.get("services." + service + ".features." + name + ".requested");
            field.reset(feature != null && ENABLE.equals(feature.requested()));
            rows.add(new FeatureRow(service, name, feature == null ? null : feature.status(), field));
        }
    }

    /** The feature's name in the user's language where it has one ("Split payment"), else as the API writes it. */
    public String featureName(String feature) {
        String key = "feature." + feature;
        return messages.has(key) ? messages.get(key) : feature;
    }

    public List<FieldChange> changes() {
        return form.changes();
    }

    /** Sends the changed requests, after the user agreed to the list of them. */
    public void save() {
        if (account == null || !form.isDirty() || form.busyProperty().get()) {
            return;
        }
        List<String> lines = changes().stream().map(c -> c.label() + ": " + c.before() + " → " + c.after()).toList();
        if (!services.dialogs().confirm(messages.get("services.save.title"), String.join("\n", lines),
                messages.get("services.save.confirm"))) {
            return;
        }
        String accountId = account.accountId();
        AccountUpdate update = AccountUpdate.from(account).services(input()).build();
        form.busyProperty().set(true);
        services.tasks().run(BackgroundTask.of(messages.format("services.task.save", accountId),
                        task -> services.api(task).accounts().update(accountId, update))
                .onSuccess(saved -> {
                    load(saved);
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                            messages.format("services.saved", accountId));
                    onSaved.accept(saved);
                })
                .onFailure(form::showServerErrors)
                .onFinished(() -> form.busyProperty().set(false)));
    }

    /** Only the features whose request changed: the server merges, so the rest stays as it is. */
    AccountServicesInput input() {
        Map<String, ServiceFeatureInput> checkout = new LinkedHashMap<>();
        Map<String, ServiceFeatureInput> payout = new LinkedHashMap<>();
        for (FeatureRow row : features) {
            if (!row.requested().isDirty()) {
                continue;
            }
            ServiceFeatureInput input = ServiceFeatureInput.requested(Boolean.TRUE.equals(row.requested().value())
                    ? ENABLE : null);
            (row.service().equals("checkout") ? checkout : payout).put(row.feature(), input);
        }
        return new AccountServicesInput(
                checkout.isEmpty() ? null : new AccountServicesInput.CheckoutServiceInput(checkout),
                payout.isEmpty() ? null : new AccountServicesInput.PayoutServiceInput(
                        new AccountServicesInput.PayoutFeaturesInput(null, null, null, payout, null, null)));
    }

    public void discard() {
        if (account != null) {
            load(account);
        }
    }

    public Form form() {
        return form;
    }

    public ObservableList<ServiceSummary> summaries() {
        return summaries;
    }

    public ObservableList<FeatureRow> features() {
        return features;
    }
}
