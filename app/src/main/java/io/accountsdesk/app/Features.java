package io.accountsdesk.app;

import io.accountsdesk.app.accounts.AccountsFeature;
import io.accountsdesk.app.onboarding.OnboardingFeature;
import io.accountsdesk.app.shell.Feature;
import java.util.List;

/** The features of the app, in the order the sidebar lists their screens. A new feature is added here, once. */
final class Features {

    private Features() {
    }

    static List<Feature> all() {
        return List.of(new AccountsFeature(), new OnboardingFeature());
    }
}
