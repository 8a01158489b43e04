package io.accountsdesk.app.shell;

import io.accountsdesk.app.core.Activity;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.settings.SettingsService;
import io.accountsdesk.app.settings.ThemeChoice;
import io.accountsdesk.ui.Tone;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The main window around the screens: which session is active, the environment banner, the theme and the status
 * bar. The banner's tone is the one piece of safety here: production is red, always.
 */
public final class ShellViewModel {

    private final Messages messages;
    private final SettingsService settings;
    private final Activity activity;

    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyStringWrapper bannerText = new ReadOnlyStringWrapper(this, "bannerText", "");
    private final ReadOnlyObjectWrapper<Tone> bannerTone = new ReadOnlyObjectWrapper<>(this, "bannerTone",
            Tone.NEUTRAL);
    private final ReadOnlyStringWrapper signedInAs = new ReadOnlyStringWrapper(this, "signedInAs", "");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");

    /** @param systemDark whether the operating system asked for a dark look, where that can be told */
    public ShellViewModel(Messages messages, SettingsService settings, Activity activity, boolean systemDark) {
        this.messages = messages;
        this.settings = settings;
        this.activity = activity;
        ThemeChoice choice = settings.current().theme();
        dark.set(choice == ThemeChoice.DARK || (choice == ThemeChoice.SYSTEM && systemDark));
    }

    public void signedIn(Session value) {
        Session previous = session.get();
        if (previous != null && previous != value) {
            previous.close();
        }
        session.set(value);
        activity.clearFailure();
        describe(value);
        if (value != null && value.environment() != Environment.SANDBOX) {
            String baseUrl = value.environment() == Environment.CUSTOM ? value.baseUrl() : "";
            settings.update(s -> s.withSignIn(value.environment(), value.partnerId(),
                    value.client().config().credentials().clientId(), baseUrl));
        }
    }

    /** Leaves the current session; the sign-in screen comes back. */
    public void signOut() {
        Session previous = session.get();
        session.set(null);
        describe(null);
        if (previous != null) {
            previous.close();
        }
    }

    public void toggleTheme() {
        dark.set(!dark.get());
        settings.update(s -> s.withTheme(dark.get() ? ThemeChoice.DARK : ThemeChoice.LIGHT));
    }

    private void describe(Session value) {
        if (value == null) {
            bannerText.set("");
            bannerTone.set(Tone.NEUTRAL);
            signedInAs.set("");
            return;
        }
        String partner = value.partnerId();
        if (value.touchesProduction()) {
            bannerTone.set(Tone.DANGER);
            bannerText.set(value.environment() == Environment.CUSTOM
                    ? messages.format("banner.customProduction", value.baseUrl(), partner)
                    : messages.format("banner.production", partner));
        } else {
            switch (value.environment()) {
                case SANDBOX -> {
                    bannerTone.set(Tone.ACCENT);
                    bannerText.set(messages.get("banner.sandbox"));
                }
                case TEST -> {
                    bannerTone.set(Tone.WARNING);
                    bannerText.set(messages.format("banner.test", partner));
                }
                default -> {
                    bannerTone.set(Tone.WARNING);
                    bannerText.set(messages.format("banner.custom", value.baseUrl(), partner));
                }
            }
        }
        signedInAs.set(messages.format("status.signedIn", partner,
                messages.get("environment." + value.environment().name().toLowerCase(java.util.Locale.ROOT))));
    }

    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerTextProperty() {
        return bannerText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> bannerToneProperty() {
        return bannerTone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty signedInAsProperty() {
        return signedInAs.getReadOnlyProperty();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public Activity activity() {
        return activity;
    }
}
