package io.accountsdesk.app.accounts;

import io.accountsdesk.app.onboarding.OnboardingViewModel;

/** A mistake for ArchitectureTest to catch: the accounts feature reaching into the onboarding feature's classes. */
public final class BrokenFeatureLink {

    private OnboardingViewModel desk;

    public void reachesAcross() {
        desk.refresh();
    }
}
