package io.accountsdesk.app.core;

import io.accountsdesk.client.accounts.Account;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * What a tab another feature adds to an account's page may know of that page: which account it shows, the account
 * as last read, and a way to read it again after the tab changed it. Features meet only through places and this
 * kind of narrow contract, never through each other's classes.
 */
public interface AccountPageContext {

    /** The id of the account the page shows, set before the account itself has been read. */
    ReadOnlyStringProperty accountIdProperty();

    /** The account as last read; {@code null} while it loads or after it failed to load. */
    ReadOnlyObjectProperty<Account> accountProperty();

    /**
     * Reads the account again, for the whole page, while the page goes on showing it: a tab changed something other
     * tabs show. The tab keeps its place and the focus (a form just sent stays where the user is); a failed read is
     * said in the status bar, and the page keeps the account as it was last read.
     */
    void refresh();

    /**
     * The one thing within the tab a link points at ({@code account?id=…&tab=approvals&item=payments/<id>}), so a
     * queue's Enter opens that case rather than the tab's first; empty when the place names none. The tab decides
     * what its items' names are.
     */
    default ReadOnlyStringProperty itemProperty() {
        return NO_ITEM;
    }

    /** The item of a link to a form's draft on a tab ({@code draft/<form>}), as a start notice's Open makes it. */
    static String draftItem(String form) {
        return "draft/" + form;
    }

    /** The form a {@link #draftItem} names, when {@code item} is such a link. */
    static java.util.Optional<String> draftIn(String item) {
        return item != null && item.startsWith("draft/") ? java.util.Optional.of(item.substring("draft/".length()))
                : java.util.Optional.empty();
    }

    /** A page whose places never name an item. */
    ReadOnlyStringProperty NO_ITEM = new javafx.beans.property.ReadOnlyStringWrapper("").getReadOnlyProperty();
}
