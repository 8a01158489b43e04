package io.accountsdesk.app;

import io.accountsdesk.app.accounts.AccountsFeature;
import io.accountsdesk.app.approvals.ApprovalsFeature;
import io.accountsdesk.app.connections.ConnectionsFeature;
import io.accountsdesk.app.onboarding.OnboardingFeature;
import io.accountsdesk.app.pricing.PricingFeature;
import io.accountsdesk.app.screening.ScreeningFeature;
import io.accountsdesk.app.settings.SettingsFeature;
import io.accountsdesk.app.shell.Feature;
import java.util.List;

/** The features of the app, in the order the sidebar lists their screens. A new feature is added here, once. */
final class Features {

    private Features() {
    }

    static List<Feature> all() {
        List<Feature> others = List.of(new OnboardingFeature(), new ConnectionsFeature(), new PricingFeature(),
                new ScreeningFeature(), new ApprovalsFeature(), new SettingsFeature());
        // The account's page is the accounts feature's; other features add tabs to it by registration.
        AccountsFeature accounts = new AccountsFeature(others.stream()
                .flatMap(feature -> feature.accountTabs().stream()).toList());
        List<Feature> all = new java.util.ArrayList<>();
        all.add(accounts);
        all.addAll(others);
        return List.copyOf(all);
    }
}
