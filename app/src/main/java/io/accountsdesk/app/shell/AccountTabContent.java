package io.accountsdesk.app.shell;

import javafx.scene.Node;

/** A tab a feature adds to the account's page: its view, made once per page, and what to do when it is shown. */
public interface AccountTabContent {

    Node view();

    /** The user opened the tab (or the page opened on it): a tab that shows live state reads it now. */
    default void shown() {
    }
}
