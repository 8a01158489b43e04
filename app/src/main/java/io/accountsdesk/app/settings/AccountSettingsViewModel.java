package io.accountsdesk.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.app.core.forms.FieldChange;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenModel;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.AccountServicesInput;
import io.accountsdesk.client.json.Json;
import io.accountsdesk.client.settings.AccountSettings;
import io.accountsdesk.client.settings.SettingsUpdate;
import io.accountsdesk.ui.ContentState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The partner's own account settings ({@code GET} / {@code PUT /accounts/{aid}/management/settings}): company and
 * billing edited through the form, with a review of what changes before it is saved; services and connections
 * shown as the account has them. Only the parts that changed are sent, over the values the server holds now, so
 * fields this form does not show are sent back as they came.
 */
public final class AccountSettingsViewModel implements ScreenModel {

    public static final String SCREEN = "settings";
    private static final ObjectMapper JSON = Json.newMapper();
    private static final Pattern DIGITS = Pattern.compile("^[0-9 ]{4,20}$");

    /** One checkout feature the account may ask for, with where it stands on the server. */
    public record FeatureRequest(String feature, String status, FormField<Boolean> requested) {
    }

    /** The one value the seed gives a feature's {@code requested}. */
    static final String ENABLE = "enable";

    /** One line of the read-only parts: a name and where it stands. */
    public record Fact(String name, String value) {
    }

    private final SessionServices services;
    private final Messages messages;
    private final Validators validators;
    private final Form form;
    private final Map<String, FormField<String>> fields = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ObservableList<Fact> services_ = FXCollections.observableArrayList();
    private final Map<String, FormField<Boolean>> requests = new LinkedHashMap<>();
    private final ObservableList<FeatureRequest> features = FXCollections.observableArrayList();
    private final ObservableList<Fact> connections = FXCollections.observableArrayList();
    private ObjectNode loaded;
    private Cancellable loading = Cancellable.NONE;

    public AccountSettingsViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        this.validators = new Validators(messages);
        this.form = new Form(messages);
        for (String part : List.of("company", "billing")) {
            text(part + ".business_name").validatedBy(validators.required(), validators.maxLength(200));
            text(part + ".organization_number").validatedBy(validators.pattern(DIGITS, "912345678"));
            text(part + ".email").validatedBy(validators.email());
            text(part + ".phone_number").validatedBy(validators.phone());
            text(part + ".address.address_line");
            text(part + ".address.postal_code");
            text(part + ".address.postal_place");
            text(part + ".address.country").validatedBy(validators.countryCode());
        }
        text("company.display_name");
        text("company.technical_email").validatedBy(validators.email());
        text("billing.reference");
        for (String feature : Vocabularies.CHECKOUT_FEATURES) {
            String path = "services.checkout.features." + feature + ".requested";
            FormField<Boolean> field = new FormField<>(path, messages.get("settings.section.services") + " · "
                    + feature, false, on -> messages.get(Boolean.TRUE.equals(on) ? "services.requested.yes"
                    : "services.requested.no"));
            // The seed has one value for "requested": an account can ask for a feature, not take the request back.
            field.validatedBy(on -> !Boolean.TRUE.equals(on) && Boolean.TRUE.equals(field.initial())
                    ? messages.get("settings.requestStays") : null);
            requests.put(feature, form.add(field));
        }
    }

    private FormField<String> text(String path) {
        FormField<String> field = form.add(FormField.text(path, label(path), ""));
        // The settings route keeps a value that is left out, and the client leaves out what is empty: emptying a
        // field here would look saved and change nothing, so the form says so instead.
        field.validatedBy(value -> (value == null || value.isBlank()) && !field.initial().isBlank()
                ? messages.get("settings.cannotEmpty") : null);
        fields.put(path, field);
        return field;
    }

    private String label(String path) {
        String part = path.substring(0, path.indexOf('.'));
        String name = path.substring(path.lastIndexOf('.') + 1);
        return messages.get("settings.section." + part) + " · " + messages.get("settings.field." + name);
    }

    @Override
    public void activate(Place place) {
        if (loaded == null) {
            reload();
        }
    }

    @Override
    public void dispose() {
        loading.cancel();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return form.isDirty();
    }

    @Override
    public void discardChanges() {
        if (loaded != null) {
            show(loaded);
        }
    }

    public void reload() {
        String aid = services.session().partnerId();
        loading.cancel();
        state.set(ContentState.LOADING);
        error.set("");
        loading = services.tasks().run(messages.format("settings.task.load", aid),
                task -> JSON.valueToTree(services.api(task).settings().get(aid)),
                tree -> show((ObjectNode) tree),
                failure -> {
                    error.set(messages.format("settings.error.load", aid, services.errors().describe(failure)));
                    state.set(ContentState.ERROR);
                });
    }

    private void show(ObjectNode tree) {
        loaded = tree;
        AccountSettings settings = JSON.convertValue(tree, AccountSettings.class);
        title.set(messages.format("settings.title", settings.company() == null || settings.company().businessName() == null
                ? services.session().partnerId() : settings.company().businessName(), services.session().partnerId()));
        fields.forEach((path, field) -> field.reset(tree.at("/" + path.replace('.', '/')).asText("")));
        List<Fact> serviceFacts = new ArrayList<>();
        JsonNode checkout = tree.at("/services/checkout");
        if (checkout.isObject()) {
            serviceFacts.add(new Fact(messages.get("settings.checkout"), checkout.path("status").asText("—")));
            checkout.path("features").fields().forEachRemaining(feature -> serviceFacts.add(new Fact(
                    "  " + feature.getKey(), feature.getValue().path("status").asText(
                    feature.getValue().path("requested").asText("—")))));
        }
        JsonNode payout = tree.at("/services/payout");
        if (payout.isObject()) {
            serviceFacts.add(new Fact(messages.get("settings.payout"), payout.path("status").asText("—")));
        }
        services_.setAll(serviceFacts);
        List<FeatureRequest> rows = new ArrayList<>();
        requests.forEach((feature, field) -> {
            JsonNode node = tree.at("/services/checkout/features/" + feature);
            field.reset(ENABLE.equals(node.path("requested").asText()));
            rows.add(new FeatureRequest(feature, node.path("status").asText(""), field));
        });
        features.setAll(rows);
        List<Fact> connectionFacts = new ArrayList<>();
        if (settings.connections() != null) {
            settings.connections().forEach((name, connection) -> connectionFacts.add(new Fact(name,
                    connection.status() == null ? "—" : Vocabularies.statuses(messages).labelOf(connection.status().value()))));
        }
        connections.setAll(connectionFacts);
        state.set(ContentState.READY);
    }

    /** The changes, for the review the user confirms before anything is sent. */
    public List<FieldChange> changes() {
        return form.changes();
    }

    /** Shows the review of what will change and saves when the user confirms it. */
    public void save() {
        if (loaded == null || !form.isDirty() || !form.validateAll()) {
            return;
        }
        StringBuilder review = new StringBuilder();
        for (FieldChange change : form.changes()) {
            review.append(change.label()).append(": ")
                    .append(change.before().isEmpty() ? "—" : change.before()).append(" → ")
                    .append(change.after().isEmpty() ? "—" : change.after()).append('\n');
        }
        if (!services.dialogs().confirm(messages.get("settings.review.title"), review.toString().strip(),
                messages.get("settings.review.save"))) {
            return;
        }
        ObjectNode edited = loaded.deepCopy();
        boolean companyChanged = false;
        boolean billingChanged = false;
        Map<String, String> asked = new LinkedHashMap<>();
        requests.forEach((feature, field) -> {
            if (field.isDirty() && Boolean.TRUE.equals(field.value())) {
                asked.put(feature, ENABLE);
            }
        });
        for (var entry : fields.entrySet()) {
            if (!entry.getValue().isDirty()) {
                continue;
            }
            companyChanged |= entry.getKey().startsWith("company.");
            billingChanged |= entry.getKey().startsWith("billing.");
            put(edited, entry.getKey(), entry.getValue().value().strip());
        }
        SettingsUpdate update = new SettingsUpdate(
                companyChanged ? JSON.convertValue(edited.get("company"), AccountCompany.class) : null,
                billingChanged ? JSON.convertValue(edited.get("billing"), AccountBilling.class) : null,
                asked.isEmpty() ? null : AccountServicesInput.checkoutFeatures(asked));
        String aid = services.session().partnerId();
        form.busyProperty().set(true);
        services.tasks().run(BackgroundTask.of(messages.format("settings.task.save", aid),
                        task -> (ObjectNode) JSON.valueToTree(services.api(task).settings().update(aid, update)))
                .onSuccess(saved -> {
                    show(saved);
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS, messages.get("settings.saved"));
                })
                .onFailure(form::showServerErrors)
                .onFinished(() -> form.busyProperty().set(false)));
    }

    private static void put(ObjectNode root, String path, String value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        node.put(parts[parts.length - 1], value);
    }

    public Form form() {
        return form;
    }

    public FormField<String> field(String path) {
        return fields.get(path);
    }

    public List<String> paths() {
        return List.copyOf(fields.keySet());
    }

    public ObservableList<FeatureRequest> featureRequests() {
        return features;
    }

    public ObservableList<Fact> serviceFacts() {
        return services_;
    }

    public ObservableList<Fact> connectionFacts() {
        return connections;
    }

    public ReadOnlyObjectProperty<ContentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
