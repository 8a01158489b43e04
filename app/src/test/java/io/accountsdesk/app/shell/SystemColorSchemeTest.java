package io.accountsdesk.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.ColorScheme;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The desktop is played by a property: JavaFX offers no way to change the OS setting from a test. */
class SystemColorSchemeTest {

    @Test
    void followsTheDesktopBothWaysWhileTheAppRuns() {
        ObjectProperty<ColorScheme> desktop = new SimpleObjectProperty<>(ColorScheme.LIGHT);
        BooleanProperty systemDark = new SimpleBooleanProperty(true);

        SystemColorScheme.follow(desktop, systemDark);
        assertThat(systemDark.get()).as("taken from the desktop at once").isFalse();

        desktop.set(ColorScheme.DARK);
        assertThat(systemDark.get()).as("the user turned the desktop dark").isTrue();

        desktop.set(ColorScheme.LIGHT);
        assertThat(systemDark.get()).isFalse();
    }

    @Test
    void anUnknownSchemeIsLight() {
        ObjectProperty<ColorScheme> desktop = new SimpleObjectProperty<>(null);
        BooleanProperty systemDark = new SimpleBooleanProperty(true);
        SystemColorScheme.follow(desktop, systemDark);
        assertThat(systemDark.get()).isFalse();
    }
}
