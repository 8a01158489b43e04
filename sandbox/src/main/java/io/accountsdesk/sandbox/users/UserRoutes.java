package io.accountsdesk.sandbox.users;

import io.accountsdesk.sandbox.SandboxContext;
import io.accountsdesk.sandbox.http.RouteTable;

/**
 * Users: the auth users of an account ({@link AuthUserRoutes}), account users and the signed-in user's profile
 * ({@link AccountUserRoutes}), all over one {@link UserStore}; seeds the partner's {@link DemoUsers}.
 */
public final class UserRoutes {

    private final AuthUserRoutes authUsers;
    private final AccountUserRoutes accountUsers;

    public UserRoutes(SandboxContext context) {
        UserStore users = new UserStore(context.documents(), context.clock());
        DemoUsers.ensure(users, context.partnerId());
        this.authUsers = new AuthUserRoutes(users);
        this.accountUsers = new AccountUserRoutes(context, users);
    }

    public void register(RouteTable routes) {
        authUsers.register(routes);
        accountUsers.register(routes);
    }
}
