package io.accountsdesk.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.ui.ContentState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The partner's own settings: read, changed through the form, reviewed, and saved only when the user confirms. */
class AccountSettingsViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(2);

    @TempDir
    Path configDir;

    @Test
    void aChangeIsReviewedThenSavedAndAnUnconfirmedOneIsNot() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        AccountSettingsViewModel settings = new AccountSettingsViewModel(test.services);
        settings.activate(Place.of(AccountSettingsViewModel.SCREEN));
        assertThat(settings.stateProperty().get()).isEqualTo(ContentState.READY);
        String partner = sandbox.session().partnerId();
        String before = sandbox.client().settings().get(partner).company().phoneNumber();
        assertThat(settings.field("company.phone_number").value()).isEqualTo(before == null ? "" : before);

        settings.field("company.phone_number").set("+47 22 00 11 22");
        test.dialogs.confirmAnswer = false;
        settings.save();
        assertThat(test.dialogs.of("confirm")).singleElement()
                .satisfies(shown -> assertThat(shown.message()).contains("+47 22 00 11 22"));
        assertThat(sandbox.client().settings().get(partner).company().phoneNumber()).isEqualTo(before);

        test.dialogs.confirmAnswer = true;
        settings.save();
        assertThat(sandbox.client().settings().get(partner).company().phoneNumber()).isEqualTo("+47 22 00 11 22");
        assertThat(settings.form().isDirty()).isFalse();
    }

    @Test
    void aBadValueStaysOnItsFieldAndNothingIsSent() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        AccountSettingsViewModel settings = new AccountSettingsViewModel(test.services);
        settings.activate(Place.of(AccountSettingsViewModel.SCREEN));
        settings.field("billing.email").set("not-an-address");
        settings.save();
        assertThat(settings.field("billing.email").errorProperty().get()).contains("e-mail");
        assertThat(test.dialogs.of("confirm")).isEmpty();
        assertThat(settings.field("billing.email").value()).isEqualTo("not-an-address");

        settings.field("billing.email").set("");
        settings.save();
        assertThat(settings.field("billing.email").errorProperty().get()).contains("cannot be emptied");
        assertThat(test.dialogs.of("confirm")).isEmpty();
    }

    @Test
    void aCheckoutFeatureIsAskedForAndTheRequestCannotBeTakenBack() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        AccountSettingsViewModel settings = new AccountSettingsViewModel(test.services);
        settings.activate(Place.of(AccountSettingsViewModel.SCREEN));
        AccountSettingsViewModel.FeatureRequest klarna = settings.featureRequests().stream()
                .filter(r -> r.feature().equals("klarna")).findFirst().orElseThrow();
        assertThat(klarna.requested().value()).isFalse();
        klarna.requested().set(true);
        settings.save();
        String partner = sandbox.session().partnerId();
        assertThat(sandbox.client().settings().get(partner).services().checkout().features().get("klarna").requested())
                .isEqualTo("enable");

        AccountSettingsViewModel.FeatureRequest again = settings.featureRequests().stream()
                .filter(r -> r.feature().equals("klarna")).findFirst().orElseThrow();
        assertThat(again.requested().value()).isTrue();
        again.requested().set(false);
        int confirmsBefore = test.dialogs.of("confirm").size();
        settings.save();
        assertThat(again.requested().errorProperty().get()).contains("stays asked for");
        assertThat(test.dialogs.of("confirm")).hasSize(confirmsBefore);
    }
}
