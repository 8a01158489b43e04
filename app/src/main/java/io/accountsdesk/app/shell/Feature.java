package io.accountsdesk.app.shell;

import io.accountsdesk.app.core.SessionServices;
import java.util.List;

/** A feature package's contribution to the app: its screens. Each feature registers its screens here and only here. */
public interface Feature {

    List<ScreenRegistration> screens();

    /**
     * A session has opened its first screen: a feature may tell the user about something of its own that waits (work
     * left from the last time, say). Runs on the UI thread; anything slow goes through the session's tasks.
     */
    default void sessionStarted(SessionServices services) {
    }

    /** Tabs this feature adds to the account's page (its connections, say); none by default. */
    default List<AccountTabRegistration> accountTabs() {
        return List.of();
    }
}
