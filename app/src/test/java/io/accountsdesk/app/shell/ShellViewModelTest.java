package io.accountsdesk.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.core.Activity;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.TaskRunner;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.settings.AppSettings;
import io.accountsdesk.app.settings.SettingsService;
import io.accountsdesk.app.settings.SettingsStore;
import io.accountsdesk.app.settings.ThemeChoice;
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
    private final TaskRunner tasks = TaskRunner.synchronous(new Activity(), Throwable::getMessage);

    private SettingsStore store() {
        return new SettingsStore(dir.resolve("settings.properties"));
    }

    private ShellViewModel model(boolean systemDark) {
        SettingsStore store = store();
        return new ShellViewModel(messages, new SettingsService(store, store.load(), tasks, "Saving"),
                new Activity(), systemDark);
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
        AppSettings saved = store().load();
        assertThat(saved.environment()).isEqualTo(Environment.TEST);
        assertThat(saved.partnerId()).isEqualTo("T12300000");
        assertThat(saved.clientId()).isEqualTo("client-1");
        assertThat(store().file()).content().doesNotContain("secret=").doesNotContain("=secret");
    }

    @Test
    void theThemeFollowsTheSystemUntilTheUserChooses() {
        assertThat(model(true).darkProperty().get()).isTrue();
        assertThat(model(false).darkProperty().get()).isFalse();

        ShellViewModel model = model(true);
        model.toggleTheme();
        assertThat(model.darkProperty().get()).isFalse();
        assertThat(store().load().theme()).isEqualTo(ThemeChoice.LIGHT);
        assertThat(model(true).darkProperty().get()).as("the choice now beats the system").isFalse();
    }
}
