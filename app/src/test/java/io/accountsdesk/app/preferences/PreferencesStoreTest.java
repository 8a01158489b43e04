package io.accountsdesk.app.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.session.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {

    @TempDir
    Path dir;

    @Test
    void savesAndLoadsEveryField() {
        PreferencesStore store = new PreferencesStore(dir.resolve("nested"));
        AppPreferences preferences = new AppPreferences(ThemeChoice.DARK,
                new SignInMemory(Environment.CUSTOM, "T12300000", "client", "http://127.0.0.1:8080/v1"),
                List.of(new SavedView("Vipps pending", "accounts?connection=vipps&status=pending")), 5)
                .withScreeningMaxAgeDays(90);
        store.save(preferences);
        assertThat(store.load()).isEqualTo(preferences);
        assertThat(store.load().screeningMaxAgeDays()).isEqualTo(90);
        assertThat(store.file()).content().doesNotContain("secret");
    }

    @Test
    void preferencesWrittenBeforeScreeningReadWithItsDefault() throws Exception {
        PreferencesStore store = new PreferencesStore(dir);
        Files.writeString(store.file(), "{ \"theme\": \"DARK\", \"stuckAfterDays\": 4 }");
        assertThat(store.load().screeningMaxAgeDays()).isEqualTo(AppPreferences.DEFAULT_SCREENING_MAX_AGE_DAYS);
        assertThat(store.load().stuckAfterDays()).isEqualTo(4);
    }

    @Test
    void aMissingOrDamagedFileGivesTheDefaults() throws Exception {
        PreferencesStore store = new PreferencesStore(dir);
        assertThat(store.load()).isEqualTo(AppPreferences.defaults());

        Files.writeString(store.file(), "{ \"theme\": \"PURPLE\",");
        assertThat(store.load()).isEqualTo(AppPreferences.defaults());
    }

    @Test
    void theSettingsOfAnEarlierVersionAreReadOnce() throws Exception {
        Files.writeString(dir.resolve("settings.properties"),
                "theme=DARK\nenvironment=TEST\npartner_id=T12300000\nclient_id=client-1\nbase_url=\n");
        PreferencesStore store = new PreferencesStore(dir);

        AppPreferences migrated = store.load();
        assertThat(migrated.theme()).isEqualTo(ThemeChoice.DARK);
        assertThat(migrated.signIn()).isEqualTo(new SignInMemory(Environment.TEST, "T12300000", "client-1", ""));

        store.save(migrated.withTheme(ThemeChoice.LIGHT));
        assertThat(store.load().theme()).as("the JSON file wins once it exists").isEqualTo(ThemeChoice.LIGHT);
    }

    @Test
    void aSavedViewThatCannotBeReadIsLeftOutNotFatal() throws Exception {
        PreferencesStore store = new PreferencesStore(dir);
        Files.writeString(store.file(), """
                { "savedViews": [ { "name": "Broken", "place": "Not A Place?x=1" },
                                  { "name": "Fine", "place": "accounts?search=bakeri" } ] }
                """);
        assertThat(store.load().savedViews()).extracting(SavedView::name).containsExactly("Fine");
    }

    @Test
    void aSavedViewOfTheSameNameIsReplaced() {
        AppPreferences preferences = AppPreferences.defaults()
                .withSavedView(new SavedView("Mine", "accounts?search=a"))
                .withSavedView(new SavedView("mine", "accounts?search=b"));
        assertThat(preferences.savedViews()).containsExactly(new SavedView("mine", "accounts?search=b"));
        assertThat(preferences.withoutSavedView("MINE").savedViews()).isEmpty();
    }
}
