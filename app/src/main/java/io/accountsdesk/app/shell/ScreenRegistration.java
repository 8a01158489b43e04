package io.accountsdesk.app.shell;

import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.nav.ScreenDescriptor;
import java.util.Objects;
import java.util.function.Function;

/** A screen as a feature registers it, once: what the sidebar and palette show, and how to make it for a session. */
public record ScreenRegistration(ScreenDescriptor descriptor, Function<SessionServices, Screen> factory) {

    public ScreenRegistration {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(factory, "factory");
    }

    public String id() {
        return descriptor.id();
    }
}
