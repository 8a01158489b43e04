package io.accountsdesk.app.core.nav;

import java.util.Objects;
import org.kordamp.ikonli.Ikon;

/**
 * A screen as the registry knows it before it exists: everything the sidebar, the palette and the shortcuts help need,
 * and nothing of its view.
 *
 * @param id       the place's screen id ({@code accounts}, {@code account})
 * @param titleKey the message key of its title
 * @param icon     its icon
 * @param shortcut a key combination in JavaFX's text form ({@code Shortcut+1}), or {@code null}
 * @param inSidebar whether the sidebar lists it; a screen that needs a parameter (one account) is reached by links
 */
public record ScreenDescriptor(String id, String titleKey, Ikon icon, String shortcut, boolean inSidebar) {

    public ScreenDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(icon, "icon");
    }

    /** The place that opens this screen with no parameters. */
    public Place place() {
        return Place.of(id);
    }
}
