package io.accountsdesk.app;

import io.accountsdesk.app.core.AccountPageContext;
import io.accountsdesk.client.accounts.Account;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The account page as a feature's tab sees it: the account, read again by the partner on reload. */
public final class TestAccountPage implements AccountPageContext {

    private final SharedSandbox sandbox;
    private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Account> account = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper item = new ReadOnlyStringWrapper("");
    /** How often a tab asked the page to read the account again. */
    public int reloads;

    public TestAccountPage(SharedSandbox sandbox, String accountId) {
        this.sandbox = sandbox;
        id.set(accountId);
        account.set(sandbox.client().accounts().get(accountId));
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
        reloads++;
        account.set(sandbox.client().accounts().get(id.get()));
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
