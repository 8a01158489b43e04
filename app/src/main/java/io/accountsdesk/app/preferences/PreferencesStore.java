package io.accountsdesk.app.preferences;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.accountsdesk.app.session.Environment;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link AppPreferences} as a small JSON file in the OS's config directory. A file written by an
 * earlier version ({@code settings.properties}, theme and sign-in only) is read once when there is no JSON yet.
 */
public final class PreferencesStore {

    private static final Logger LOG = LoggerFactory.getLogger(PreferencesStore.class);
    static final String FILE = "preferences.json";
    static final String LEGACY_FILE = "settings.properties";

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** @param dir the app's config directory */
    public PreferencesStore(Path dir) {
        this.dir = dir;
    }

    public Path file() {
        return dir.resolve(FILE);
    }

    /** A missing or unreadable file gives the defaults: preferences must never stop the app from starting. */
    public AppPreferences load() {
        Path file = file();
        if (Files.isRegularFile(file)) {
            try {
                AppPreferences loaded = json.readValue(file.toFile(), AppPreferences.class);
                return loaded == null ? AppPreferences.defaults() : withReadableViews(loaded);
            } catch (IOException unreadable) {
                LOG.warn("Ignoring unreadable preferences file {}: {}", file, unreadable.getMessage());
                return AppPreferences.defaults();
            }
        }
        return loadLegacy();
    }

    /** A saved view whose place cannot be read (edited by hand, say) is left out rather than stop a sign-in. */
    private static AppPreferences withReadableViews(AppPreferences loaded) {
        List<SavedView> readable = loaded.savedViews().stream().filter(view -> {
            try {
                io.accountsdesk.app.core.nav.Place.parse(view.place());
                return true;
            } catch (IllegalArgumentException unreadable) {
                LOG.warn("Leaving out the saved view '{}': its place '{}' cannot be read", view.name(), view.place());
                return false;
            }
        }).toList();
        return new AppPreferences(loaded.theme(), loaded.signIn(), readable, loaded.stuckAfterDays(),
                loaded.screeningMaxAgeDays());
    }

    private AppPreferences loadLegacy() {
        Path legacy = dir.resolve(LEGACY_FILE);
        if (!Files.isRegularFile(legacy)) {
            return AppPreferences.defaults();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(legacy, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException unreadable) {
            LOG.warn("Ignoring unreadable settings file {}: {}", legacy, unreadable.getMessage());
            return AppPreferences.defaults();
        }
        return new AppPreferences(
                parse(ThemeChoice.class, properties.getProperty("theme"), ThemeChoice.SYSTEM),
                new SignInMemory(parse(Environment.class, properties.getProperty("environment"), Environment.SANDBOX),
                        properties.getProperty("partner_id", ""), properties.getProperty("client_id", ""),
                        properties.getProperty("base_url", "")),
                List.of());
    }

    public void save(AppPreferences preferences) {
        Path file = file();
        try {
            Files.createDirectories(dir);
            Path temporary = file.resolveSibling(FILE + ".tmp");
            json.writeValue(temporary.toFile(), preferences);
            // Replace in one step so a crash mid-write never leaves a half-written file behind.
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not save preferences to " + file, failed);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException unknown) {
            return fallback;
        }
    }
}
