package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.app.core.forms.FieldChange;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountService;
import io.accountsdesk.client.accounts.AccountServicesInput;
import io.accountsdesk.client.accounts.AccountServicesInput.ServiceFeatureInput;
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

    static final List<String> CHECKOUT_FEATURES = Vocabularies.CHECKOUT_FEATURES;
    static final List<String> PAYOUT_FEATURES = Vocabularies.PAYOUT_FEATURES;
    /** The one value the seed gives {@code requested}. */
    static final String ENABLE = "enable";

    /** A service as the server reports it, with its name and progression in the user's words. */
    public record ServiceSummary(String name, String title, String status, String progression) {
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
            String label = messages.format("services.feature.label", serviceName(service), featureName(name));
            requested.put(path, form.add(new FormField<>(path, label, false,
                    on -> messages.get(Boolean.TRUE.equals(on) ? "services.requested.yes" : "services.requested.no"))));
        }
    }

    /**
     * Shows the account's services. The same account again keeps the boxes the user changed and moves only what
     * they are compared with; another account starts over.
     */
    public void load(Account value) {
        if (value == account) {
            return; // the snapshot on show already (the page passes on the account this tab just saved)
        }
        show(value, account != null && account.accountId().equals(value.accountId()) && form.isDirty());
    }

    private void show(Account value, boolean keepTicks) {
        account = value;
        Map<String, AccountService> byName = value.servicesByName();
        List<ServiceSummary> list = new ArrayList<>();
        byName.forEach((name, service) -> list.add(new ServiceSummary(name, serviceName(name), service.status(),
                Vocabularies.word(messages, "serviceProgression.", service.progression()))));
        summaries.setAll(list);
        if (!keepTicks) {
            form.clearFormError();
        }
        List<FeatureRow> rows = new ArrayList<>();
        addRows(rows, "checkout", CHECKOUT_FEATURES, byName.get("checkout"), keepTicks);
        addRows(rows, "payout", PAYOUT_FEATURES, byName.get("payout"), keepTicks);
        features.setAll(rows);
    }

    private void addRows(List<FeatureRow> rows, String service, List<String> names, AccountService current,
                         boolean keepTicks) {
        Map<String, ServiceFeature> known = current == null ? Map.of() : current.featureStatuses();
        for (String name : names) {
            ServiceFeature feature = known.get(name);
            FormField<Boolean> field = requested.get("services." + service + ".features." + name + ".requested");
            boolean asked = feature != null && ENABLE.equals(feature.requested());
            if (keepTicks) {
                field.rebase(asked);
            } else {
                field.reset(asked);
            }
            rows.add(new FeatureRow(service, name, feature == null ? null : feature.status(), field));
        }
    }

    /** The feature's name in the user's language where it has one ("Split payment"), else as the API writes it. */
    public String featureName(String feature) {
        return Vocabularies.word(messages, "feature.", feature);
    }

    /** The service's name in the user's language ("Checkout"), else as the API writes it. */
    public String serviceName(String service) {
        return Vocabularies.word(messages, "service.", service);
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
        AccountServicesInput input = input();
        List<String> withdrawn = withdrawn();
        form.busyProperty().set(true);
        AccountWrites.save(services, accountId, messages.format("services.task.save", accountId),
                fresh -> new AccountWrites.Update(AccountWrites.base(fresh).services(input).build(), withdrawn),
                saved -> {
                    show(saved, false);
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                            messages.format("services.saved", accountId));
                    onSaved.accept(saved);
                },
                form::showServerErrors,
                () -> form.busyProperty().set(false));
    }

    /**
     * The requests the user withdrew, as the fields to empty: the seed names only {@code enable}, so withdrawing
     * is sending no value, which takes an explicit {@code null} (a field left out keeps its value).
     */
    List<String> withdrawn() {
        List<String> paths = new ArrayList<>();
        for (FeatureRow row : features) {
            if (row.requested().isDirty() && !Boolean.TRUE.equals(row.requested().value())) {
                paths.add(row.service().equals("checkout")
                        ? "services.checkout.features." + row.feature() + ".requested"
                        // The account update nests payout's features one level deeper (see PayoutFeaturesInput).
                        : "services.payout.features.features." + row.feature() + ".requested");
            }
        }
        return paths;
    }

    /** Only the features whose request changed: the server merges, so the rest stays as it is. */
    AccountServicesInput input() {
        Map<String, ServiceFeatureInput> checkout = new LinkedHashMap<>();
        Map<String, ServiceFeatureInput> payout = new LinkedHashMap<>();
        for (FeatureRow row : features) {
            if (!row.requested().isDirty() || !Boolean.TRUE.equals(row.requested().value())) {
                continue;
            }
            (row.service().equals("checkout") ? checkout : payout).put(row.feature(),
                    ServiceFeatureInput.requested(ENABLE));
        }
        return new AccountServicesInput(
                checkout.isEmpty() ? null : new AccountServicesInput.CheckoutServiceInput(checkout),
                payout.isEmpty() ? null : new AccountServicesInput.PayoutServiceInput(
                        new AccountServicesInput.PayoutFeaturesInput(null, null, null, payout, null, null)));
    }

    /** Puts every box back as the server has it. */
    public void discard() {
        if (account != null) {
            show(account, false);
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
