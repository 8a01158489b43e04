package io.accountsdesk.app.preferences;

import java.util.ArrayList;
import java.util.List;

/**
 * What the app remembers between runs: the theme, the last sign-in (never its secret), the saved views, and after
 * how many days a connection that has not moved is shown as stuck, and after how many days a merchant is due to be
 * screened again.
 */
public record AppPreferences(ThemeChoice theme, SignInMemory signIn, List<SavedView> savedViews,
                             Integer stuckAfterDays, Integer screeningMaxAgeDays) {

    /** Account managers chase a connection that has waited longer than this. */
    public static final int DEFAULT_STUCK_AFTER_DAYS = 3;
    /** A merchant's screening is due again after this long: card schemes expect a fresh look at least twice a year. */
    public static final int DEFAULT_SCREENING_MAX_AGE_DAYS = 180;

    public AppPreferences {
        theme = theme == null ? ThemeChoice.SYSTEM : theme;
        signIn = signIn == null ? SignInMemory.sandbox() : signIn;
        savedViews = savedViews == null ? List.of() : List.copyOf(savedViews);
        stuckAfterDays = stuckAfterDays == null || stuckAfterDays < 1 ? DEFAULT_STUCK_AFTER_DAYS : stuckAfterDays;
        screeningMaxAgeDays = screeningMaxAgeDays == null || screeningMaxAgeDays < 1 ? DEFAULT_SCREENING_MAX_AGE_DAYS
                : screeningMaxAgeDays;
    }

    /** Preferences written before screening had a threshold read with its default. */
    public AppPreferences(ThemeChoice theme, SignInMemory signIn, List<SavedView> savedViews, Integer stuckAfterDays) {
        this(theme, signIn, savedViews, stuckAfterDays, null);
    }

    public AppPreferences(ThemeChoice theme, SignInMemory signIn, List<SavedView> savedViews) {
        this(theme, signIn, savedViews, DEFAULT_STUCK_AFTER_DAYS);
    }

    public static AppPreferences defaults() {
        return new AppPreferences(ThemeChoice.SYSTEM, SignInMemory.sandbox(), List.of());
    }

    public AppPreferences withStuckAfterDays(int days) {
        return new AppPreferences(theme, signIn, savedViews, days, screeningMaxAgeDays);
    }

    public AppPreferences withScreeningMaxAgeDays(int days) {
        return new AppPreferences(theme, signIn, savedViews, stuckAfterDays, days);
    }

    public AppPreferences withTheme(ThemeChoice value) {
        return new AppPreferences(value, signIn, savedViews, stuckAfterDays, screeningMaxAgeDays);
    }

    public AppPreferences withSignIn(SignInMemory value) {
        return new AppPreferences(theme, value, savedViews, stuckAfterDays, screeningMaxAgeDays);
    }

    /** Adds the view, replacing one of the same name (names are compared ignoring case). */
    public AppPreferences withSavedView(SavedView view) {
        List<SavedView> views = new ArrayList<>(savedViews);
        views.removeIf(existing -> existing.name().equalsIgnoreCase(view.name()));
        views.add(view);
        return new AppPreferences(theme, signIn, views, stuckAfterDays, screeningMaxAgeDays);
    }

    public AppPreferences withoutSavedView(String name) {
        List<SavedView> views = new ArrayList<>(savedViews);
        views.removeIf(existing -> existing.name().equalsIgnoreCase(name));
        return new AppPreferences(theme, signIn, views, stuckAfterDays, screeningMaxAgeDays);
    }
}
