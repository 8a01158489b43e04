package io.accountsdesk.app.shell;

import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;

/**
 * Keeps the shell's idea of the operating system's colour scheme current. JavaFX reads the desktop's setting and
 * reports when the user changes it, so a window on the "system" theme turns dark or light with the desktop, live.
 */
public final class SystemColorScheme {

    private SystemColorScheme() {
    }

    /** Follows the desktop's scheme as JavaFX reports it; call on the UI thread once the toolkit runs. */
    public static void follow(BooleanProperty systemDark) {
        follow(Platform.getPreferences().colorSchemeProperty(), systemDark);
    }

    /** Follows {@code scheme}: split out so a test can play the desktop. */
    static void follow(ObservableValue<ColorScheme> scheme, BooleanProperty systemDark) {
        systemDark.bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> scheme.getValue() == ColorScheme.DARK, scheme));
    }
}
