package io.accountsdesk.app.access.clients;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.client.auth.Jwk;
import io.accountsdesk.client.json.Json;
import io.accountsdesk.ui.ContentState;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The account's token-signing keys ({@code GET /accounts/{oid}/auth/keys}): what an integrator needs to check the
 * signature of a token the account issued: each key's {@code kid} (the token header names it), algorithm, type and
 * use, and the key itself as JSON to paste into their verifier.
 */
public final class SigningKeysViewModel {

    private static final ObjectWriter PRETTY = Json.newMapper().writerWithDefaultPrettyPrinter();

    private final SessionServices services;
    private final Messages messages;
    private final ObservableList<Jwk> keys = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper keysUrl = new ReadOnlyStringWrapper(this, "keysUrl", "");
    private Cancellable loading = Cancellable.NONE;

    public SigningKeysViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        keysUrl.set(ApiClientsViewModel.accountUrl(services) + "/auth/keys");
    }

    /** Reads the key set again (row 21). */
    public void reload() {
        loading.cancel();
        state.set(ContentState.LOADING);
        error.set("");
        String oid = services.session().partnerId();
        loading = services.tasks().run(messages.get("apiClients.keys.task.list"),
                task -> services.api(task).auth().keys(oid),
                list -> {
                    keys.setAll(list);
                    state.set(keys.isEmpty() ? ContentState.EMPTY : ContentState.READY);
                },
                failure -> {
                    error.set(messages.format("apiClients.keys.error.list", services.errors().describe(failure)));
                    state.set(ContentState.ERROR);
                });
    }

    /** The key as the JWKS serves it, indented, for the integrator's verifier. */
    public String json(Jwk key) {
        try {
            return PRETTY.writeValueAsString(key);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A JWK is plain strings", impossible);
        }
    }

    void dispose() {
        loading.cancel();
    }

    public ObservableList<Jwk> keys() {
        return keys;
    }

    public ReadOnlyObjectProperty<ContentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Where verifiers fetch the keys themselves. */
    public ReadOnlyStringProperty keysUrlProperty() {
        return keysUrl.getReadOnlyProperty();
    }
}
