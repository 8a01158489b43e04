package io.accountsdesk.app.core;

/**
 * The view model of a tab a feature adds to the account's page: told when the tab is shown and hidden, so live
 * reads run only while someone looks, and when the page goes for good.
 */
public interface AccountTabModel {

    /** The user opened the tab (or the page opened on it): live state is read now. */
    void shown();

    /** Another tab is shown: live reads stop until this one is shown again. */
    void hidden();

    /** The page goes for good: listeners on the session's services are removed. */
    void dispose();
}
