package io.accountsdesk.app.preferences;

/** The user's theme: follow the operating system, or a fixed choice. */
public enum ThemeChoice {
    SYSTEM, LIGHT, DARK
}
