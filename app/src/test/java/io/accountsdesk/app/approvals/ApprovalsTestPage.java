package io.accountsdesk.app.approvals;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.core.AccountPageContext;
import io.accountsdesk.client.accounts.Account;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The account page as the Approvals tab sees it: the account, read again by the partner on reload. */
final class ApprovalsTestPage implements AccountPageContext {

    private final SharedSandbox sandbox;
    private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Account> account = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper item = new ReadOnlyStringWrapper("");
    int reloads;

    ApprovalsTestPage(SharedSandbox sandbox, String accountId) {
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
    void pointAt(String key) {
        item.set(key);
    }
}
