package io.accountsdesk.app.shell;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.tasks.Activity;
import io.accountsdesk.app.preferences.PreferencesService;
import io.accountsdesk.app.preferences.SignInMemory;
import io.accountsdesk.app.preferences.ThemeChoice;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.ui.Tone;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The main window around the screens: which session is active, the environment banner, the theme and the status
 * bar. The banner's tone is the one piece of safety here: production is red, always.
 */
public final class ShellViewModel {

    private final Messages messages;
    private final PreferencesService preferences;
    private final Activity activity;

    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyStringWrapper bannerText = new ReadOnlyStringWrapper(this, "bannerText", "");
    private final ReadOnlyObjectWrapper<Tone> bannerTone = new ReadOnlyObjectWrapper<>(this, "bannerTone",
            Tone.NEUTRAL);
    private final ReadOnlyStringWrapper signedInAs = new ReadOnlyStringWrapper(this, "signedInAs", "");
    private final ReadOnlyStringWrapper sessionDetail = new ReadOnlyStringWrapper(this, "sessionDetail", "");
    private final javafx.beans.property.ReadOnlyBooleanWrapper personSession =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "personSession");
    /** Where the next sign-in should go when the user left this session to sign in to another partner. */
    private String nextPartner;
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(this, "theme");
    private final BooleanProperty systemDark = new SimpleBooleanProperty(this, "systemDark");
    private final BooleanBinding dark;

    /**
     * @param systemDark whether the operating system asks for a dark look, where that can be told; the caller may
     *                   keep it current ({@link #systemDarkProperty()})
     */
    public ShellViewModel(Messages messages, PreferencesService preferences, Activity activity, boolean systemDark) {
        this.messages = messages;
        this.preferences = preferences;
        this.activity = activity;
        this.systemDark.set(systemDark);
        theme.set(preferences.current().theme());
        dark = Bindings.createBooleanBinding(() -> theme.get() == ThemeChoice.DARK
                || theme.get() == ThemeChoice.SYSTEM && this.systemDark.get(), theme, this.systemDark);
        theme.addListener((obs, old, choice) -> {
            if (choice != null) {
                preferences.update(p -> p.withTheme(choice));
            }
        });
        // A person's token renews only while calls are made, so the "until" is read again whenever a task ends.
        activity.runningCount().addListener((obs, old, count) -> describeTokens(session.get()));
    }

    /**
     * Leaves this session so that the user can sign in to {@code partnerId}: a person's tokens and the API client
     * belong to one partner, so another partner is a new sign-in, with that id filled in.
     */
    public void signOutToSignInAt(String partnerId) {
        nextPartner = partnerId;
        signOut();
    }

    /** The partner the user left a session to sign in to, once; empty otherwise. */
    public java.util.Optional<String> takeNextPartner() {
        String next = nextPartner;
        nextPartner = null;
        return java.util.Optional.ofNullable(next);
    }

    public void signedIn(Session value) {
        Session previous = session.get();
        if (previous != null && previous != value) {
            previous.close();
        }
        // The banner is described before the session is announced: the shell built for it reads the banner at once.
        describe(value);
        session.set(value);
        activity.clearFailure();
        if (value != null && value.environment() != Environment.SANDBOX) {
            String baseUrl = value.environment() == Environment.CUSTOM ? value.baseUrl() : "";
            preferences.update(p -> p.withSignIn(new SignInMemory(value.environment(), value.partnerId(),
                    value.client().config().credentials().clientId(), baseUrl)));
        } else if (value != null) {
            preferences.update(p -> p.withSignIn(new SignInMemory(Environment.SANDBOX, p.signIn().partnerId(),
                    p.signIn().clientId(), p.signIn().baseUrl())));
        }
    }

    /**
     * Leaves the current session; the sign-in screen comes back.
     *
     * @return done once the session is closed on the server too (a person's refresh token revoked)
     */
    public java.util.concurrent.CompletableFuture<Void> signOut() {
        Session previous = session.get();
        describe(null);
        session.set(null);
        return previous == null ? java.util.concurrent.CompletableFuture.completedFuture(null) : previous.signOut();
    }

    /** Leaves the current session as the app quits, keeping a remembered person signed in for the next start. */
    public void leaveKeepingSignIn() {
        Session previous = session.get();
        describe(null);
        session.set(null);
        if (previous != null) {
            previous.closeKeepingSignIn();
        }
    }

    private void describe(Session value) {
        if (value == null) {
            bannerText.set("");
            bannerTone.set(Tone.NEUTRAL);
            signedInAs.set("");
            sessionDetail.set("");
            personSession.set(false);
            return;
        }
        String partner = value.partnerId();
        if (value.touchesProduction()) {
            bannerTone.set(Tone.DANGER);
            bannerText.set(switch (value.environment()) {
                case SANDBOX -> messages.format("banner.sandboxProduction", partner);
                case CUSTOM -> messages.format("banner.customProduction", value.baseUrl(), partner);
                default -> messages.format("banner.production", partner);
            });
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
        String where = messages.get("environment." + value.environment().name().toLowerCase(java.util.Locale.ROOT));
        signedInAs.set(value.person()
                .map(person -> messages.format("status.signedIn.person", person.username(), partner, where))
                .orElseGet(() -> messages.format("status.signedIn", partner, where)));
        personSession.set(value.person().isPresent());
        describeTokens(value);
    }

    /**
     * Who holds the session and how long its token lasts: a person's access token expires soon but is renewed while
     * they work, so the status says both; an API client's token is fetched again whenever it is due.
     */
    private void describeTokens(Session value) {
        if (value == null) {
            sessionDetail.set("");
            return;
        }
        sessionDetail.set(value.person().map(person -> {
            String how = messages.get("status.way." + person.how().name().toLowerCase(java.util.Locale.ROOT));
            java.time.Instant until = person.tokens().expiresAt();
            if (!person.tokens().active() || until == null) {
                return messages.format("status.person.ended", how);
            }
            return messages.format("status.person.until", how, java.util.Date.from(until));
        }).orElseGet(() -> messages.format("status.client", value.client().config().credentials().clientId())));
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

    /** "API client …", or a person's way of signing in and until when their token lasts. */
    public ReadOnlyStringProperty sessionDetailProperty() {
        return sessionDetail.getReadOnlyProperty();
    }

    /** Whether a person (not an API client) holds the session: only a person has accounts to switch between. */
    public javafx.beans.property.ReadOnlyBooleanProperty personSessionProperty() {
        return personSession.getReadOnlyProperty();
    }

    /** Follow the system, light or dark: the user's choice, remembered. */
    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    /** Whether the OS asks for dark now; only matters while the choice is {@link ThemeChoice#SYSTEM}. */
    public BooleanProperty systemDarkProperty() {
        return systemDark;
    }

    /** Whether the window is dark now, from the choice and the system. */
    public BooleanBinding darkProperty() {
        return dark;
    }

    /** Steps through system, light and dark: the theme's keyboard shortcut. */
    public void cycleTheme() {
        ThemeChoice[] choices = ThemeChoice.values();
        theme.set(choices[(theme.get().ordinal() + 1) % choices.length]);
    }

    public Activity activity() {
        return activity;
    }
}
