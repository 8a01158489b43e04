package io.accountsdesk.app.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every user-facing string comes from here: English, and Norwegian bokmål where the locale asks for it. */
public final class Messages {

    private static final String BUNDLE = "io.accountsdesk.app.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages load(Locale requested) {
        Locale locale = normalise(requested);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    /** Norwegian arrives as {@code nb}, {@code no} or {@code nn}; bokmål serves all three. */
    static Locale normalise(Locale requested) {
        if (requested == null) {
            return Locale.ENGLISH;
        }
        String language = requested.getLanguage();
        if (language.equals("no") || language.equals("nn") || language.equals("nb")) {
            return new Locale("nb", requested.getCountry().isEmpty() ? "NO" : requested.getCountry());
        }
        return requested;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException missing) {
            // A missing translation must be visible in the UI and in tests, not an exception in a cell factory.
            return "!" + key + "!";
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }
}
