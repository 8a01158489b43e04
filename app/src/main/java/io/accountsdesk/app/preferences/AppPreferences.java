package io.accountsdesk.app.preferences;

import java.util.ArrayList;
import java.util.List;

/** What the app remembers between runs: the theme, the last sign-in (never its secret) and the saved views. */
public record AppPreferences(ThemeChoice theme, SignInMemory signIn, List<SavedView> savedViews) {

    public AppPreferences {
        theme = theme == null ? ThemeChoice.SYSTEM : theme;
        signIn = signIn == null ? SignInMemory.sandbox() : signIn;
        savedViews = savedViews == null ? List.of() : List.copyOf(savedViews);
    }

    public static AppPreferences defaults() {
        return new AppPreferences(ThemeChoice.SYSTEM, SignInMemory.sandbox(), List.of());
    }

    public AppPreferences withTheme(ThemeChoice value) {
        return new AppPreferences(value, signIn, savedViews);
    }

    public AppPreferences withSignIn(SignInMemory value) {
        return new AppPreferences(theme, value, savedViews);
    }

    /** Adds the view, replacing one of the same name (names are compared ignoring case). */
    public AppPreferences withSavedView(SavedView view) {
        List<SavedView> views = new ArrayList<>(savedViews);
        views.removeIf(existing -> existing.name().equalsIgnoreCase(view.name()));
        views.add(view);
        return new AppPreferences(theme, signIn, views);
    }

    public AppPreferences withoutSavedView(String name) {
        List<SavedView> views = new ArrayList<>(savedViews);
        views.removeIf(existing -> existing.name().equalsIgnoreCase(name));
        return new AppPreferences(theme, signIn, views);
    }
}
