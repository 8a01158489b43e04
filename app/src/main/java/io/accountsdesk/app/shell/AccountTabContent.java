package io.accountsdesk.app.shell;

import javafx.scene.Node;

/** A tab a feature adds to the account's page: its view, made once per page, and what to do when it is shown. */
public interface AccountTabContent {

    Node view();

    /** The user opened the tab (or the page opened on it): a tab that shows live state reads it now. */
    default void shown() {
    }

    /** Another tab of the page is shown: live reads stop until this one is shown again. */
    default void hidden() {
    }

    /** The page goes for good (sign-out): listeners on the session's services are removed. */
    default void dispose() {
    }

    /** A tab whose view model follows the tab's life. */
    static AccountTabContent of(Node view, io.accountsdesk.app.core.AccountTabModel model) {
        return new AccountTabContent() {
            @Override
            public Node view() {
                return view;
            }

            @Override
            public void shown() {
                model.shown();
            }

            @Override
            public void hidden() {
                model.hidden();
            }

            @Override
            public void dispose() {
                model.dispose();
            }
        };
    }
}
