package io.accountsdesk.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.core.tasks.Activity;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.preferences.AppPreferences;
import io.accountsdesk.app.preferences.PreferencesService;
import io.accountsdesk.app.preferences.PreferencesStore;
import io.accountsdesk.app.preferences.ThemeChoice;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.ApiConfig;
import io.accountsdesk.client.ClientCredentials;
import io.accountsdesk.ui.Tone;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {

    @TempDir
    Path dir;

    private final Messages messages = Messages.load(Locale.ENGLISH);
    private final TaskRunner tasks = TaskRunner.synchronous(new Activity(UiScheduler.IMMEDIATE),
            Throwable::getMessage);

    private PreferencesStore store() {
        return new PreferencesStore(dir);
    }

    private ShellViewModel model(boolean systemDark) {
        PreferencesStore store = store();
        return new ShellViewModel(messages, new PreferencesService(store, store.load(), tasks, "Saving"),
                new Activity(UiScheduler.IMMEDIATE), systemDark);
    }

    /** No request is made: sessions here only carry where they point. */
    private static Session session(Environment environment, String partnerId, String baseUrl) {
        ApiConfig config = ApiConfig.of(baseUrl, partnerId, new ClientCredentials("client-1", "secret"));
        return new Session(environment, baseUrl, partnerId, ApiClient.create(config));
    }

    @Test
    void productionIsRedAndSaysSo() {
        ShellViewModel model = model(false);
        model.signedIn(session(Environment.PRODUCTION, "P12300000", ApiConfig.DINTERO_BASE_URL));
        assertThat(model.bannerToneProperty().get()).isEqualTo(Tone.DANGER);
        assertThat(model.bannerTextProperty().get()).contains("PRODUCTION").contains("P12300000");
        assertThat(model.signedInAsProperty().get()).isEqualTo("Signed in as P12300000 · Dintero production");
    }

    @Test
    void aProductionPartnerOnACustomServerIsRedToo() {
        ShellViewModel model = model(false);
        model.signedIn(session(Environment.CUSTOM, "P12300000", "http://127.0.0.1:8080/v1"));
        assertThat(model.bannerToneProperty().get()).isEqualTo(Tone.DANGER);
    }

    @Test
    void sandboxAndTestLookDifferentFromProduction() {
        ShellViewModel model = model(false);
        model.signedIn(session(Environment.SANDBOX, "T12300000", "http://127.0.0.1:1/v1"));
        assertThat(model.bannerToneProperty().get()).isEqualTo(Tone.ACCENT);
        assertThat(model.bannerTextProperty().get()).startsWith("SANDBOX");

        model.signedIn(session(Environment.TEST, "T12300000", ApiConfig.DINTERO_BASE_URL));
        assertThat(model.bannerToneProperty().get()).isEqualTo(Tone.WARNING);
        assertThat(model.bannerTextProperty().get()).startsWith("DINTERO TEST");

        model.signOut();
        assertThat(model.sessionProperty().get()).isNull();
        assertThat(model.bannerTextProperty().get()).isEmpty();
    }

    @Test
    void signingInRemembersWhereButNeverTheSecret() {
        ShellViewModel model = model(false);
        model.signedIn(session(Environment.TEST, "T12300000", ApiConfig.DINTERO_BASE_URL));
        AppPreferences saved = store().load();
        assertThat(saved.signIn().environment()).isEqualTo(Environment.TEST);
        assertThat(saved.signIn().partnerId()).isEqualTo("T12300000");
        assertThat(saved.signIn().clientId()).isEqualTo("client-1");
        assertThat(store().file()).content().doesNotContain("secret");
    }

    @Test
    void aSandboxRehearsingProductionIsRedAndSaysItIsLocal() {
        ShellViewModel model = model(false);
        model.signedIn(session(Environment.SANDBOX, "P12300000", "http://127.0.0.1:1/v1"));
        assertThat(model.bannerToneProperty().get()).isEqualTo(Tone.DANGER);
        assertThat(model.bannerTextProperty().get()).startsWith("SANDBOX IN PRODUCTION MODE").contains("P12300000");
    }

    @Test
    void theThemeFollowsTheSystemUntilTheUserChooses() {
        assertThat(model(true).darkProperty().get()).isTrue();
        assertThat(model(false).darkProperty().get()).isFalse();

        ShellViewModel model = model(true);
        model.themeProperty().set(ThemeChoice.LIGHT);
        assertThat(model.darkProperty().get()).isFalse();
        assertThat(store().load().theme()).isEqualTo(ThemeChoice.LIGHT);
        assertThat(model(true).darkProperty().get()).as("the choice now beats the system").isFalse();
    }

    @Test
    void theThemeCanGoBackToFollowingTheSystem() {
        ShellViewModel model = model(true);
        model.themeProperty().set(ThemeChoice.LIGHT);
        model.themeProperty().set(ThemeChoice.SYSTEM);
        assertThat(model.darkProperty().get()).isTrue();
        assertThat(store().load().theme()).isEqualTo(ThemeChoice.SYSTEM);

        model.systemDarkProperty().set(false);
        assertThat(model.darkProperty().get()).as("following the system follows its changes").isFalse();

        model.cycleTheme();
        assertThat(model.themeProperty().get()).isEqualTo(ThemeChoice.LIGHT);
        model.cycleTheme();
        assertThat(model.themeProperty().get()).isEqualTo(ThemeChoice.DARK);
        model.cycleTheme();
        assertThat(model.themeProperty().get()).isEqualTo(ThemeChoice.SYSTEM);
    }

    @Test
    void aPersonsSessionNamesThePersonAndHowLongTheirTokenLasts() {
        ShellViewModel model = model(false);
        Session client = session(Environment.TEST, "T12300000", "http://127.0.0.1:9/v1");
        java.time.Instant before = java.time.Instant.now();
        // No request is made: the tokens are as a sign-in would hand them over, without a refresh token, so that
        // signing out has nothing to revoke.
        var tokens = new io.accountsdesk.client.auth.UserTokenSource(client.client().auth(), "T12300000",
                new io.accountsdesk.client.auth.TokenResponse("access", "Bearer", 3600L, null),
                java.time.Clock.systemUTC(), expired -> { });
        Session person = new Session(Environment.TEST, client.baseUrl(), "T12300000",
                client.client().signedInAs(tokens),
                new io.accountsdesk.app.session.SignedInPerson("ada@example.com",
                        io.accountsdesk.app.session.SignedInPerson.Way.PASSWORD, tokens, client));

        model.signedIn(person);

        assertThat(model.signedInAsProperty().get())
                .isEqualTo("Signed in as ada@example.com · T12300000 · Dintero test");
        assertThat(model.personSessionProperty().get()).isTrue();
        assertThat(tokens.expiresAt()).isBetween(before.plusSeconds(3599), java.time.Instant.now().plusSeconds(3600));
        assertThat(model.sessionDetailProperty().get()).startsWith("Password · token until ")
                .endsWith(", renewed while you work");

        model.signOutToSignInAt("T45600000");
        assertThat(model.sessionProperty().get()).isNull();
        assertThat(model.personSessionProperty().get()).isFalse();
        assertThat(model.takeNextPartner()).contains("T45600000");
        assertThat(model.takeNextPartner()).as("only once").isEmpty();
    }

    @Test
    void anApiClientsSessionNamesTheClient() {
        ShellViewModel model = model(false);
        model.signedIn(session(Environment.TEST, "T12300000", ApiConfig.DINTERO_BASE_URL));
        assertThat(model.sessionDetailProperty().get()).isEqualTo("API client client-1 · token renewed when due");
        assertThat(model.personSessionProperty().get()).isFalse();
    }
}
