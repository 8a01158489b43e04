package io.accountsdesk.app.access.clients;

import io.accountsdesk.app.access.roles.ScopeSelection;
import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.clients.ClientGrant;
import io.accountsdesk.client.clients.GrantType;
import io.accountsdesk.client.clients.NewClientGrant;
import io.accountsdesk.ui.ContentState;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Client grants ({@code /accounts/{oid}/auth/client-grants}): which scopes a client may ask for, for which audience
 * and with which grant type. The form explains each part in plain words beside it, since a grant is where an
 * integration gets more power than it needs.
 */
public final class GrantsViewModel {

    private final SessionServices services;
    private final Messages messages;
    private final ObservableList<ClientGrant> grants = FXCollections.observableArrayList();
    private final FilteredList<ClientGrant> shown = new FilteredList<>(grants);
    private final StringProperty clientFilter = new SimpleStringProperty(this, "clientFilter", "");
    private final ObservableList<String> clientIds;
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Form form;
    private final FormField<String> client;
    private final FormField<String> audience;
    private final FormField<String> type;
    private final FormField<List<String>> scope;
    private final ScopeSelection scopes;
    private final ObservableList<String> scopeWords = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper typeWords = new ReadOnlyStringWrapper(this, "typeWords", "");
    private final String accountUrl;
    private Cancellable loading = Cancellable.NONE;

    /** @param clientIds the client ids the screen lists, to choose a grant's client from */
    public GrantsViewModel(SessionServices services, ObservableList<String> clientIds) {
        this.services = services;
        this.messages = services.messages();
        this.clientIds = clientIds;
        this.accountUrl = ApiClientsViewModel.accountUrl(services);
        Validators validators = new Validators(messages);
        form = Form.forNew(messages);
        client = form.add(FormField.text("client_id", messages.get("apiClients.grants.field.client"), "")
                .validatedBy(validators.required()));
        audience = form.add(FormField.text("audience", messages.get("apiClients.grants.field.audience"), accountUrl)
                .validatedBy(validators.required()));
        type = form.add(FormField.text("type", messages.get("apiClients.grants.field.type"), GrantType.ANY.value())
                .validatedBy(validators.oneOf(Validators.values(GrantType.KNOWN))));
        scope = form.add(ScopeSelection.field("scope", messages.get("apiClients.grants.field.scope"))
                .validatedBy(chosen -> chosen == null || chosen.isEmpty()
                        ? messages.get("apiClients.grants.scope.required") : null));
        scopes = new ScopeSelection(scope, messages);
        scope.valueProperty().addListener((obs, old, now) -> rewordScopes());
        type.valueProperty().addListener((obs, old, now) -> rewordType());
        clientFilter.addListener((obs, old, now) -> shown.setPredicate(grant -> now == null || now.isEmpty()
                || now.equals(grant.clientId())));
        rewordType();
    }

    private void rewordScopes() {
        scopeWords.setAll(scope.value().stream().map(s -> s + " · " + scopes.explain(s)).toList());
    }

    private void rewordType() {
        String value = type.value() == null || type.value().isBlank() ? GrantType.ANY.value() : type.value();
        String key = "apiClients.grants.type.explain." + value;
        typeWords.set(messages.has(key) ? messages.get(key) : "");
    }

    /** Reads the grants again (row 13). */
    public void reload() {
        loading.cancel();
        state.set(ContentState.LOADING);
        error.set("");
        loading = services.tasks().run(messages.get("apiClients.grants.task.list"),
                task -> services.api(task).clientGrants().list(null, null),
                list -> {
                    grants.setAll(list);
                    list.forEach(grant -> scopes.offer(grant.scope() == null ? List.of() : grant.scope()));
                    state.set(grants.isEmpty() ? ContentState.EMPTY : ContentState.READY);
                },
                failure -> {
                    error.set(messages.format("apiClients.grants.error.list", services.errors().describe(failure)));
                    state.set(ContentState.ERROR);
                });
    }

    /** Starts a grant for {@code clientId} (the client chosen on the clients tab, say); the rest stays as typed. */
    public void startFor(String clientId) {
        client.set(clientId == null ? "" : clientId);
    }

    /** Creates the grant (row 14); a refused field keeps its value and shows why. */
    public void create() {
        if (!form.validateAll()) {
            return;
        }
        NewClientGrant request = new NewClientGrant(client.value().strip(), audience.value().strip(),
                List.copyOf(scope.value()), GrantType.of(type.value()), null);
        form.busyProperty().set(true);
        services.tasks().run(BackgroundTask.of(messages.format("apiClients.grants.task.create", request.clientId()),
                        task -> services.api(task).clientGrants().create(request))
                .onSuccess(created -> {
                    grants.add(0, created);
                    state.set(ContentState.READY);
                    scope.reset(List.of());
                    client.reset("");
                    audience.reset(accountUrl);
                    type.reset(GrantType.ANY.value());
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                            messages.format("apiClients.grants.created", created.clientId(),
                                    String.join(", ", created.scope() == null ? List.of() : created.scope())));
                })
                .onFailure(form::showServerErrors)
                .onFinished(() -> form.busyProperty().set(false)));
    }

    /**
     * Deletes {@code grant} (row 15) once the user confirms, typing the client id in production: the client's
     * tokens lose these scopes from the next token request on.
     */
    public void delete(ClientGrant grant) {
        if (grant == null) {
            return;
        }
        String scopesText = String.join(", ", grant.scope() == null ? List.of() : grant.scope());
        if (!services.confirmDestructive(messages.format("apiClients.grants.delete.title", grant.clientId()),
                messages.format("apiClients.grants.delete.text", grant.clientId(), scopesText, grant.audience() == null
                        ? "—" : grant.audience()), grant.clientId(), messages.get("apiClients.grants.delete"))) {
            return;
        }
        services.tasks().run(BackgroundTask.of(messages.format("apiClients.grants.task.delete", grant.clientId()),
                        task -> services.api(task).clientGrants().delete(grant.id()))
                .onSuccess(deleted -> {
                    grants.removeIf(g -> g.id().equals(grant.id()));
                    state.set(grants.isEmpty() ? ContentState.EMPTY : ContentState.READY);
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                            messages.format("apiClients.grants.deleted", grant.clientId()));
                })
                .onFailure(failure -> services.dialogs().showError(messages.get("apiClients.grants.error.deleteTitle"),
                        messages.format("apiClients.grants.error.delete", grant.clientId(),
                                services.errors().describe(failure)))));
    }

    /** A client was deleted: the server deleted its grants with it. */
    void clientDeleted(String clientId) {
        grants.removeIf(g -> clientId.equals(g.clientId()));
        if (clientId.equals(client.value())) {
            client.set("");
        }
        state.set(grants.isEmpty() ? ContentState.EMPTY : ContentState.READY);
    }

    void dispose() {
        loading.cancel();
    }

    public ObservableList<ClientGrant> grants() {
        return shown;
    }

    /** Only the grants of this client id; empty for all. */
    public StringProperty clientFilterProperty() {
        return clientFilter;
    }

    public ObservableList<String> clientIds() {
        return clientIds;
    }

    public Form form() {
        return form;
    }

    public FormField<String> client() {
        return client;
    }

    public FormField<String> audience() {
        return audience;
    }

    public FormField<String> type() {
        return type;
    }

    public ScopeSelection scopes() {
        return scopes;
    }

    /** Each chosen scope with what it lets the client do, in plain words. */
    public ObservableList<String> scopeWords() {
        return scopeWords;
    }

    /** What the chosen grant type allows, in plain words. */
    public ReadOnlyStringProperty typeWordsProperty() {
        return typeWords.getReadOnlyProperty();
    }

    /** What the audience means, with this account's own as the example. */
    public String audienceWords() {
        return messages.format("apiClients.grants.audience.explain", accountUrl);
    }

    public ReadOnlyObjectProperty<ContentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
