package io.accountsdesk.app.shell;

import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every screen the app has, in the order the sidebar lists them; built once from the features. */
public final class ScreenRegistry {

    private final Map<String, ScreenRegistration> screens = new LinkedHashMap<>();
    private final List<Feature> features = new ArrayList<>();

    public static ScreenRegistry of(List<? extends Feature> features) {
        ScreenRegistry registry = new ScreenRegistry();
        registry.features.addAll(features);
        features.forEach(feature -> feature.screens().forEach(registry::register));
        return registry;
    }

    /** Tells every feature that a session opened its first screen. */
    public void sessionStarted(io.accountsdesk.app.core.SessionServices services) {
        features.forEach(feature -> feature.sessionStarted(services));
    }

    public void register(ScreenRegistration registration) {
        if (screens.putIfAbsent(registration.id(), registration) != null) {
            throw new IllegalArgumentException("A screen " + registration.id() + " is registered already");
        }
    }

    public Optional<ScreenRegistration> find(String id) {
        return Optional.ofNullable(screens.get(id));
    }

    public boolean knows(Place place) {
        return place != null && screens.containsKey(place.screen());
    }

    public List<ScreenDescriptor> descriptors() {
        List<ScreenDescriptor> all = new ArrayList<>();
        screens.values().forEach(registration -> all.add(registration.descriptor()));
        return all;
    }

    public List<ScreenDescriptor> sidebar() {
        return descriptors().stream().filter(ScreenDescriptor::inSidebar).toList();
    }
}
