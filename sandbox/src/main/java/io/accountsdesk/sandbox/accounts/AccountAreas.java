package io.accountsdesk.sandbox.accounts;

import io.accountsdesk.sandbox.SandboxContext;
import io.accountsdesk.sandbox.assets.AssetRoutes;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.pricing.PricingRoutes;
import io.accountsdesk.sandbox.settings.SettingsRoutes;
import io.accountsdesk.sandbox.signup.SignupRoutes;

/**
 * Registers the account lifecycle groups in one call from {@code Sandbox.routes}: sub-account writes, events and
 * onboarding links ({@link AccountWriteRoutes}), account settings, price packages (which seeds the partner's
 * catalogue on first start), assets with the sandbox's own upload storage, and signup. They share the account
 * documents, so they come and go together.
 */
public final class AccountAreas {

    private AccountAreas() {
    }

    public static void register(SandboxContext context, RouteTable routes) {
        new AccountWriteRoutes(context).register(routes);
        new SettingsRoutes(context).register(routes);
        new PricingRoutes(context).register(routes);
        new AssetRoutes(context).register(routes);
        new SignupRoutes(context).register(routes);
    }
}
