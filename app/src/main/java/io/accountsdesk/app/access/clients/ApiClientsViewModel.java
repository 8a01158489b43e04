package io.accountsdesk.app.access.clients;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenModel;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.clients.Client;
import io.accountsdesk.client.clients.NewClient;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.ui.ContentState;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * API clients ({@code /accounts/{oid}/auth/clients}) with their grants and the account's signing keys. A client's
 * secret exists in the desk only in a {@link OneTimeSecret}, from the answer to creating the client or rotating its
 * secret until the user says they stored it; the clients listed and read never carry one.
 */
public final class ApiClientsViewModel implements ScreenModel {

    public static final String SCREEN = "api-clients";
    /** The id is the user name of HTTP Basic authentication, which cannot hold a colon (RFC 7617). */
    private static final Pattern CLIENT_ID = Pattern.compile("^[^:\\s]+$");
    static final int NAME_MAX = 200;
    static final int CLIENT_ID_MAX = 64;

    private final SessionServices services;
    private final Messages messages;
    private final ObservableList<Client> clients = FXCollections.observableArrayList();
    private final ObservableList<String> clientIds = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Client> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper detailError = new ReadOnlyStringWrapper(this, "detailError", "");
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(this, "creating");
    private final Form form;
    private final FormField<String> name;
    private final FormField<String> description;
    private final FormField<String> clientId;
    private final FormField<String> callbacks;
    private final OneTimeSecret secret = new OneTimeSecret();
    private final GrantsViewModel grants;
    private final SigningKeysViewModel keys;
    private boolean loaded;
    private Cancellable loading = Cancellable.NONE;

    public ApiClientsViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        Validators validators = new Validators(messages);
        form = Form.forNew(messages);
        // The seed requires no field; the desk asks for a name, since the list and every confirmation show it.
        name = form.add(FormField.text("name", messages.get("apiClients.field.name"), "")
                .validatedBy(validators.required(), validators.maxLength(NAME_MAX)));
        description = form.add(FormField.text("description", messages.get("apiClients.field.description"), ""));
        clientId = form.add(FormField.text("client_id", messages.get("apiClients.field.clientId"), "")
                .validatedBy(validators.maxLength(CLIENT_ID_MAX), value -> value == null || value.isBlank()
                        || CLIENT_ID.matcher(value.strip()).matches() ? null
                        : messages.get("apiClients.clientId.invalid")));
        callbacks = form.add(FormField.text("callbacks", messages.get("apiClients.field.callbacks"), "")
                .validatedBy(this::checkCallbacks));
        grants = new GrantsViewModel(services, clientIds);
        keys = new SigningKeysViewModel(services);
    }

    /** The API root of the partner's account, as tokens name their audience and verifiers fetch keys. */
    static String accountUrl(SessionServices services) {
        String base = services.session().baseUrl().replaceAll("/+$", "");
        return base + "/accounts/" + services.session().partnerId();
    }

    private String checkCallbacks(String text) {
        for (String line : lines(text)) {
            try {
                URI uri = new URI(line);
                if (uri.getScheme() == null || uri.getHost() == null
                        || !List.of("http", "https").contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))) {
                    return messages.format("apiClients.callbacks.invalid", line);
                }
            } catch (URISyntaxException e) {
                return messages.format("apiClients.callbacks.invalid", line);
            }
        }
        return null;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    @Override
    public void activate(Place place) {
        if (!loaded) {
            reload();
        }
    }

    /** Leaving the screen is leaving the secret: it is not kept for a later visit. */
    @Override
    public void deactivate() {
        secret.clear();
    }

    @Override
    public void dispose() {
        secret.clear();
        loading.cancel();
        grants.dispose();
        keys.dispose();
    }

    /** A secret not yet confirmed as stored counts: leaving makes the navigator ask first. */
    @Override
    public boolean hasUnsavedChanges() {
        return secret.isPresent() || (creating.get() && form.isDirty());
    }

    @Override
    public void discardChanges() {
        secret.clear();
        cancelCreate();
    }

    /** Reads the clients (row 8), their grants (row 13) and the signing keys (row 21). */
    public void reload() {
        loading.cancel();
        state.set(ContentState.LOADING);
        error.set("");
        loading = services.tasks().run(messages.get("apiClients.task.list"),
                task -> services.api(task).clients().list(),
                list -> {
                    loaded = true;
                    clients.setAll(list.stream().map(ApiClientsViewModel::withoutSecret).toList());
                    relist();
                },
                failure -> {
                    error.set(messages.format("apiClients.error.list", services.errors().describe(failure)));
                    state.set(ContentState.ERROR);
                });
        grants.reload();
        keys.reload();
    }

    private void relist() {
        clientIds.setAll(clients.stream().map(Client::clientId).filter(id -> id != null).toList());
        state.set(clients.isEmpty() ? ContentState.EMPTY : ContentState.READY);
    }

    /** What the desk keeps of a server's answer: never the secret. */
    static Client withoutSecret(Client client) {
        return client.revealsSecret() ? new Client(client.id(), client.createdAt(), client.createdBy(),
                client.updatedAt(), client.deletedBy(), client.deletedAt(), client.name(), client.description(),
                client.clientId(), client.callbacks(), null) : client;
    }

    /** Reads {@code row} afresh (row 10) to show its details. */
    public void open(Client row) {
        if (row == null) {
            selected.set(null);
            return;
        }
        detailError.set("");
        services.tasks().run(messages.format("apiClients.task.read", label(row)),
                task -> withoutSecret(services.api(task).clients().get(row.id())),
                read -> {
                    selected.set(read);
                    replace(read);
                },
                failure -> detailError.set(messages.format("apiClients.error.read", label(row),
                        services.errors().describe(failure))));
    }

    private void replace(Client client) {
        for (int i = 0; i < clients.size(); i++) {
            if (clients.get(i).id().equals(client.id())) {
                clients.set(i, client);
                return;
            }
        }
    }

    public void startCreate() {
        creating.set(true);
    }

    public void cancelCreate() {
        creating.set(false);
        name.reset("");
        description.reset("");
        clientId.reset("");
        callbacks.reset("");
        form.clearFormError();
    }

    /**
     * A secret still on show would be replaced by the next one; the user says first that it is stored or that they
     * let it go, since it cannot be shown again.
     */
    private boolean secretLetGo() {
        if (!secret.isPresent()) {
            return true;
        }
        if (!services.dialogs().confirm(messages.get("apiClients.secret.pending.title"),
                messages.format("apiClients.secret.pending.text", secret.clientNameProperty().get(),
                        secret.clientIdProperty().get()), messages.get("apiClients.secret.pending.go"))) {
            return false;
        }
        secret.clear();
        return true;
    }

    /** Creates the client (row 9); the answer's secret goes to the one-time panel and nowhere else. */
    public void create() {
        if (!form.validateAll() || !secretLetGo()) {
            return;
        }
        String id = clientId.value().strip();
        String text = description.value().strip();
        NewClient request = new NewClient(name.value().strip(), text.isEmpty() ? null : text,
                id.isEmpty() ? null : id, lines(callbacks.value()));
        form.busyProperty().set(true);
        services.tasks().run(BackgroundTask.of(messages.format("apiClients.task.create", request.name()),
                        task -> services.api(task).clients().create(request))
                .onSuccess(created -> {
                    secret.show(created, OneTimeSecret.Origin.CREATED);
                    Client kept = withoutSecret(created);
                    clients.add(0, kept);
                    relist();
                    selected.set(kept);
                    cancelCreate();
                })
                .onFailure(failure -> {
                    form.showServerErrors(failure);
                    // A conflict names the field too: the id is taken, and that field is where the user fixes it.
                    if (failure instanceof ApiException api && !(failure instanceof ApiException.Validation)
                            && api.errors().stream().anyMatch(e -> e.field() != null && e.field().endsWith("client_id"))) {
                        clientId.serverError(messages.format("apiClients.clientId.taken", request.clientId()));
                    }
                })
                .onFinished(() -> form.busyProperty().set(false)));
    }

    /**
     * Issues a new secret for the selected client (row 12). The integration using the old secret stops getting
     * tokens at once, so the user always types the client id first, in test as in production.
     */
    public void rotate() {
        Client client = selected.get();
        if (client == null || !secretLetGo()) {
            return;
        }
        if (!services.dialogs().confirmTyped(messages.format("apiClients.rotate.title", label(client)),
                messages.format("apiClients.rotate.text", label(client), client.clientId()), client.clientId(),
                messages.get("apiClients.rotate"))) {
            return;
        }
        services.tasks().run(BackgroundTask.of(messages.format("apiClients.task.rotate", label(client)),
                        task -> services.api(task).clients().rotateSecret(client.id()))
                .onSuccess(rotated -> secret.show(rotated, OneTimeSecret.Origin.ROTATED))
                .onFailure(failure -> detailError.set(messages.format("apiClients.error.rotate", label(client),
                        services.errors().describe(failure)))));
    }

    /** Deletes the selected client and its grants (row 11), typing its client id in production. */
    public void delete() {
        Client client = selected.get();
        if (client == null) {
            return;
        }
        if (!services.confirmDestructive(messages.format("apiClients.delete.title", label(client)),
                messages.format("apiClients.delete.text", label(client), client.clientId()), client.clientId(),
                messages.get("apiClients.delete"))) {
            return;
        }
        services.tasks().run(BackgroundTask.of(messages.format("apiClients.task.delete", label(client)),
                        task -> services.api(task).clients().delete(client.id()))
                .onSuccess(deleted -> {
                    clients.removeIf(c -> c.id().equals(client.id()));
                    relist();
                    selected.set(null);
                    if (client.clientId().equals(secret.clientIdProperty().get())) {
                        secret.clear();
                    }
                    grants.clientDeleted(client.clientId());
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                            messages.format("apiClients.deleted", label(client)));
                })
                .onFailure(failure -> detailError.set(messages.format("apiClients.error.delete", label(client),
                        services.errors().describe(failure)))));
    }

    private static String label(Client client) {
        return client.name() == null || client.name().isBlank() ? client.clientId() : client.name();
    }

    public ObservableList<Client> clients() {
        return clients;
    }

    public ReadOnlyObjectProperty<ContentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The client read last, without its secret. */
    public ReadOnlyObjectProperty<Client> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** A failure of reading, rotating or deleting the selected client. */
    public ReadOnlyStringProperty detailErrorProperty() {
        return detailError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public Form form() {
        return form;
    }

    public FormField<String> name() {
        return name;
    }

    public FormField<String> description() {
        return description;
    }

    public FormField<String> clientId() {
        return clientId;
    }

    /** One URL a line. */
    public FormField<String> callbacks() {
        return callbacks;
    }

    public OneTimeSecret secret() {
        return secret;
    }

    public GrantsViewModel grants() {
        return grants;
    }

    public SigningKeysViewModel keys() {
        return keys;
    }
}
