package io.accountsdesk.app.preferences;

import java.util.Objects;

/**
 * A named search and set of filters of the accounts list, one click away in the sidebar and the palette.
 *
 * @param place the list's place as text ({@code accounts?search=bakeri&connection=vipps}), which holds the filters
 */
public record SavedView(String name, String place) {

    public SavedView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(place, "place");
        name = name.strip();
    }
}
