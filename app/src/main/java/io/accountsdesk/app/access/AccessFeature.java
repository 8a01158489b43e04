package io.accountsdesk.app.access;

import io.accountsdesk.app.access.clients.ClientsScreens;
import io.accountsdesk.app.access.roles.RolesScreens;
import io.accountsdesk.app.shell.Feature;
import io.accountsdesk.app.shell.ScreenRegistration;
import java.util.ArrayList;
import java.util.List;

/**
 * THROWAWAY for the people-clients branch only: registers the roles and API clients screens so this branch's
 * TestFX tests and screenshots can reach them. The people-team branch owns the real AccessFeature; on merge take
 * theirs and add {@code RolesScreens.registrations()} and {@code ClientsScreens.registrations()} to it.
 */
public final class AccessFeature implements Feature {

    @Override
    public List<ScreenRegistration> screens() {
        List<ScreenRegistration> screens = new ArrayList<>(RolesScreens.registrations());
        screens.addAll(ClientsScreens.registrations());
        return List.copyOf(screens);
    }
}
