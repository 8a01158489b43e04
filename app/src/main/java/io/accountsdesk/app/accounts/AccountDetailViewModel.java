package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.ErrorMessages;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.TaskRunner;
import io.accountsdesk.client.accounts.AccountsApi;
import io.accountsdesk.ui.ContentState;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The read-only detail panel: fetches the account fresh when opened, so what it shows is current. */
public final class AccountDetailViewModel {

    private final AccountsApi accounts;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyStringWrapper accountId = new ReadOnlyStringWrapper(this, "accountId");
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyObjectWrapper<AccountDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private Cancellable running = Cancellable.NONE;

    public AccountDetailViewModel(AccountsApi accounts, TaskRunner tasks, Messages messages) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
    }

    public void open(String id) {
        if (id == null) {
            return;
        }
        running.cancel();
        accountId.set(id);
        open.set(true);
        details.set(null);
        state.set(ContentState.LOADING);
        running = tasks.run(messages.format("detail.task.load", id), () -> accounts.get(id),
                account -> {
                    details.set(AccountDetails.of(account, messages));
                    state.set(ContentState.READY);
                },
                failure -> {
                    errorMessage.set(messages.format("detail.error.load", id, errors.describe(failure)));
                    state.set(ContentState.ERROR);
                });
    }

    public void retry() {
        open(accountId.get());
    }

    public void close() {
        running.cancel();
        open.set(false);
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty accountIdProperty() {
        return accountId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ContentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AccountDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
