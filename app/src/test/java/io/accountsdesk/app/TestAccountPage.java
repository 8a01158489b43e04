package io.accountsdesk.app;

import io.accountsdesk.app.core.AccountPageContext;
import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.accounts.Account;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The account page as a feature's tab sees it: the account, read again by the partner on reload. */
public final class TestAccountPage implements AccountPageContext {

    private final Supplier<ApiClient> client;
    private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Account> account = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper item = new ReadOnlyStringWrapper("");
    /** How often a tab asked the page to read the account again. */
    public int reloads;

    public TestAccountPage(SharedSandbox sandbox, String accountId) {
        this(sandbox::client, accountId);
    }

    /** On any sandbox, through its partner client (the hostile-input tests' own sandbox, say). */
    public TestAccountPage(ApiClient client, String accountId) {
        this(() -> client, accountId);
    }

    private TestAccountPage(Supplier<ApiClient> client, String accountId) {
        this.client = client;
        id.set(accountId);
        account.set(client.get().accounts().get(accountId));
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
    public void refresh() {
        reloads++;
        account.set(client.get().accounts().get(id.get()));
    }

    @Override
    public ReadOnlyStringProperty itemProperty() {
        return item.getReadOnlyProperty();
    }

    /** As a place with {@code &item=…} would. */
    public void pointAt(String key) {
        item.set(key);
    }
}
