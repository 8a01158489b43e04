package io.accountsdesk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Light and dark looks: AtlantaFX's Primer themes underneath, and the one Accounts Desk stylesheet on top. The
 * stylesheet uses only AtlantaFX colour variables, so it follows whichever theme is active.
 */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet()),
    DARK(new PrimerDark().getUserAgentStylesheet());

    /** The one stylesheet every Accounts Desk control and screen is styled from. */
    public static final String STYLESHEET = Objects.requireNonNull(
            Theme.class.getResource("theme/accounts-desk.css"), "theme stylesheet").toExternalForm();

    private final String userAgentStylesheet;

    Theme(String userAgentStylesheet) {
        this.userAgentStylesheet = userAgentStylesheet;
    }

    /** Switches the whole application; call on the FX thread. */
    public void apply() {
        Application.setUserAgentStylesheet(userAgentStylesheet);
    }

    /** Adds the Accounts Desk stylesheet to a scene, once. */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }
}
