package io.accountsdesk.app.security;

import io.accountsdesk.app.core.AccountPageContext;
import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.accounts.Account;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The account page as a feature's tab sees it, on the shared hostile-input sandbox. */
public final class HostileAccountPage implements AccountPageContext {

    private final ApiClient client;
    private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Account> account = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper item = new ReadOnlyStringWrapper("");

    public HostileAccountPage(ApiClient client, String accountId) {
        this.client = client;
        id.set(accountId);
        account.set(client.accounts().get(accountId));
    }

    @Override
    public ReadOnlyStringProperty accountIdProperty() {
        return id.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Account> accountProperty() {
        return account.getReadOnlyProperty();
    }

    @Override
    public void reload() {
        account.set(client.accounts().get(id.get()));
    }

    @Override
    public ReadOnlyStringProperty itemProperty() {
        return item.getReadOnlyProperty();
    }
}
