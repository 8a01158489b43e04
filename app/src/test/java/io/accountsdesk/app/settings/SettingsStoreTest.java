package io.accountsdesk.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.session.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void savesAndLoadsEveryField() {
        SettingsStore store = new SettingsStore(dir.resolve("nested/settings.properties"));
        AppSettings settings = new AppSettings(ThemeChoice.DARK, Environment.CUSTOM, "T12300000", "client",
                "http://127.0.0.1:8080/v1");
        store.save(settings);
        assertThat(store.load()).isEqualTo(settings);
    }

    @Test
    void aMissingOrDamagedFileGivesTheDefaults() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.properties"));
        assertThat(store.load()).isEqualTo(AppSettings.defaults());

        Files.writeString(store.file(), "theme=PURPLE\nenvironment=MOON\npartner_id=T12300000\n");
        AppSettings loaded = store.load();
        assertThat(loaded.theme()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(loaded.environment()).isEqualTo(Environment.SANDBOX);
        assertThat(loaded.partnerId()).isEqualTo("T12300000");
    }
}
