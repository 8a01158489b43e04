package io.accountsdesk.app.access.clients;

import io.accountsdesk.client.clients.Client;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A client secret the server shows once (after creating a client or rotating its secret): masked until the user
 * asks to see it, copyable, and gone from the model when they confirm they stored it or leave the screen. The API
 * hands it over as a string, so there is no array to zero; dropping the only reference is what can be done.
 */
public final class OneTimeSecret {

    /** Why the secret is on show: a new client, or a rotated secret that replaces the old one. */
    public enum Origin { CREATED, ROTATED }

    private final ReadOnlyStringWrapper secret = new ReadOnlyStringWrapper(this, "secret", "");
    private final ReadOnlyStringWrapper clientId = new ReadOnlyStringWrapper(this, "clientId", "");
    private final ReadOnlyStringWrapper clientName = new ReadOnlyStringWrapper(this, "clientName", "");
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(this, "present");
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed");
    private Origin origin = Origin.CREATED;

    /** Takes the secret out of the server's answer; the answer itself is not kept. */
    void show(Client answer, Origin why) {
        origin = why;
        revealed.set(false);
        clientId.set(answer.clientId() == null ? "" : answer.clientId());
        clientName.set(answer.name() == null ? "" : answer.name());
        secret.set(answer.revealsSecret() ? answer.clientSecret() : "");
        present.set(answer.revealsSecret());
    }

    /** Shows or masks the secret again. */
    public void toggleReveal() {
        if (present.get()) {
            revealed.set(!revealed.get());
        }
    }

    /** The user has stored the secret: it leaves the model and will not be shown again. */
    public void stored() {
        clear();
    }

    void clear() {
        secret.set("");
        clientId.set("");
        clientName.set("");
        revealed.set(false);
        present.set(false);
    }

    /** The secret itself, for the masked field and the copy button; empty when none is on show. */
    public ReadOnlyStringProperty secretProperty() {
        return secret.getReadOnlyProperty();
    }

    public String value() {
        return secret.get();
    }

    public ReadOnlyStringProperty clientIdProperty() {
        return clientId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clientNameProperty() {
        return clientName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    public boolean isPresent() {
        return present.get();
    }

    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    public Origin origin() {
        return origin;
    }

    @Override
    public String toString() {
        return "OneTimeSecret[clientId=" + clientId.get() + ", secret=" + (present.get() ? "<redacted>" : "none") + "]";
    }
}
