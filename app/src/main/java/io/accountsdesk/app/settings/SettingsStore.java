package io.accountsdesk.app.settings;

import io.accountsdesk.app.session.Environment;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and writes {@link AppSettings} as a small properties file in the OS's config directory. */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** A missing or unreadable file gives the defaults: settings must never stop the app from starting. */
    public AppSettings load() {
        if (!Files.isRegularFile(file)) {
            return AppSettings.defaults();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException unreadable) {
            LOG.warn("Ignoring unreadable settings file {}: {}", file, unreadable.getMessage());
            return AppSettings.defaults();
        }
        AppSettings defaults = AppSettings.defaults();
        return new AppSettings(
                parse(ThemeChoice.class, properties.getProperty("theme"), defaults.theme()),
                parse(Environment.class, properties.getProperty("environment"), defaults.environment()),
                properties.getProperty("partner_id", ""),
                properties.getProperty("client_id", ""),
                properties.getProperty("base_url", ""));
    }

    public void save(AppSettings settings) {
        Properties properties = new Properties();
        properties.setProperty("theme", settings.theme().name());
        properties.setProperty("environment", settings.environment().name());
        properties.setProperty("partner_id", nullToEmpty(settings.partnerId()));
        properties.setProperty("client_id", nullToEmpty(settings.clientId()));
        properties.setProperty("base_url", nullToEmpty(settings.baseUrl()));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "Accounts Desk settings");
            }
            // Replace in one step so a crash mid-write never leaves a half-written file behind.
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not save settings to " + file, failed);
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

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
