package io.accountsdesk.app.shell;

import java.util.List;

/** A feature package's contribution to the app: its screens. Each feature registers its screens here and only here. */
public interface Feature {

    List<ScreenRegistration> screens();
}
