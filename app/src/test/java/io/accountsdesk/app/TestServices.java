package io.accountsdesk.app;

import io.accountsdesk.app.core.ErrorMessages;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.core.forms.DraftStore;
import io.accountsdesk.app.core.nav.Navigator;
import io.accountsdesk.app.core.tasks.Activity;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.preferences.AppPreferences;
import io.accountsdesk.app.preferences.PreferencesService;
import io.accountsdesk.app.preferences.PreferencesStore;
import io.accountsdesk.app.session.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * A session's services for a view-model test: the real session on a sandbox, the synchronous task runner (work and
 * callbacks happen inside the call, no toolkit), scripted dialogs, and preferences in a temporary folder.
 */
public final class TestServices {

    public final Messages messages;
    public final Activity activity;
    public final TaskRunner tasks;
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final Navigator navigator = new Navigator(place -> true);
    public final PreferencesService preferences;
    public final DraftStore drafts;
    public final SessionServices services;

    private TestServices(Session session, Path configDir, UiScheduler scheduler, Locale locale,
                         java.util.function.Function<Activity, TaskRunner> runner) {
        messages = Messages.load(locale);
        activity = new Activity(UiScheduler.IMMEDIATE);
        tasks = runner != null ? runner.apply(activity)
                : TaskRunner.synchronous(activity, new ErrorMessages(messages)::describe);
        preferences = new PreferencesService(new PreferencesStore(configDir), AppPreferences.defaults(), tasks,
                "Saving preferences");
        drafts = new DraftStore(configDir.resolve("drafts"));
        services = new SessionServices(session, tasks.scoped(), scheduler, dialogs, messages, navigator, preferences,
                drafts, Clock.systemDefaultZone());
    }

    public static TestServices of(Session session, Path configDir) {
        return new TestServices(session, configDir, UiScheduler.IMMEDIATE, Locale.ENGLISH, null);
    }

    public static TestServices of(Session session, Path configDir, UiScheduler scheduler) {
        return new TestServices(session, configDir, scheduler, Locale.ENGLISH, null);
    }

    /** With a task runner of the test's own, made for the shared activity (to decide when work runs). */
    public static TestServices of(Session session, Path configDir,
                                  java.util.function.Function<Activity, TaskRunner> runner) {
        return new TestServices(session, configDir, UiScheduler.IMMEDIATE, Locale.ENGLISH, runner);
    }

    /** In another language: for tests of what the user reads. */
    public static TestServices of(Session session, Path configDir, Locale locale) {
        return new TestServices(session, configDir, UiScheduler.IMMEDIATE, locale, null);
    }
}
