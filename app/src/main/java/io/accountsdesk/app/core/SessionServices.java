package io.accountsdesk.app.core;

import io.accountsdesk.app.core.forms.DraftStore;
import io.accountsdesk.app.core.nav.Navigator;
import io.accountsdesk.app.core.tasks.TaskContext;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.preferences.PreferencesService;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.client.ApiClient;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every screen of one signed-in session needs, handed to its view model's constructor: the API, the task
 * runner, dialogs, messages, the navigator and the preferences. The task runner and the scheduler belong to the
 * session: {@link #close()} cancels whatever of theirs still runs or waits, so nothing outlives sign-out.
 */
public final class SessionServices implements AutoCloseable {

    private final Session session;
    private final TaskRunner tasks;
    private final ScopedScheduler scheduler;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Navigator navigator;
    private final PreferencesService preferences;
    private final SessionEvents events = new SessionEvents();
    private final Clock clock;
    private final DraftStore drafts;
    /**
     * Clients acting on sub-accounts, each holding its exchanged token: the most recently used few only. One per
     * account ever opened would grow for as long as the session lasts, and opening account after account is what the
     * app is for; a client dropped here costs one token exchange if its account is opened again.
     */
    private final Map<String, ApiClient> subAccounts = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ApiClient> eldest) {
                    return size() > SUB_ACCOUNT_CLIENTS;
                }
            });

    /** How many sub-account clients (and their tokens) a session keeps. */
    static final int SUB_ACCOUNT_CLIENTS = 16;

    /**
     * @param tasks     a runner of the session's own ({@link TaskRunner#scoped()}); closed with the session
     * @param scheduler the app's scheduler; the session schedules through a scope of it
     */
    public SessionServices(Session session, TaskRunner tasks, UiScheduler scheduler, DialogService dialogs,
                           Messages messages, Navigator navigator, PreferencesService preferences, DraftStore drafts,
                           Clock clock) {
        this.session = session;
        this.tasks = tasks;
        this.scheduler = new ScopedScheduler(scheduler);
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.navigator = navigator;
        this.preferences = preferences;
        this.drafts = drafts;
        this.clock = clock;
    }

    public Session session() {
        return session;
    }

    /** The partner's client, as is: for work whose cancel button is not the user's (there is none). */
    public ApiClient client() {
        return session.client();
    }

    /** The partner's client for the work of {@code task}: cancelling the task aborts its calls in flight. */
    public ApiClient api(TaskContext task) {
        return session.client().cancellable(task.cancellation());
    }

    /**
     * The client acting on sub-account {@code accountId} (operations under {@code /accounts/{aid}/…} need a token
     * exchanged for it), for the work of {@code task}. The exchanged token is kept for the session.
     */
    public ApiClient subAccount(String accountId, TaskContext task) {
        return subAccounts.computeIfAbsent(accountId, id -> session.client().actingOn(id))
                .cancellable(task.cancellation());
    }

    /** How many sub-account clients are kept now: for tests. */
    int subAccountClients() {
        return subAccounts.size();
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public UiScheduler scheduler() {
        return scheduler;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public Messages messages() {
        return messages;
    }

    public ErrorMessages errors() {
        return errors;
    }

    public Navigator navigator() {
        return navigator;
    }

    public PreferencesService preferences() {
        return preferences;
    }

    /** Unsaved typing of long forms, kept on disk; blocking, so use it from tasks. */
    public DraftStore drafts() {
        return drafts;
    }

    /** Draft keys carry the partner: the same account id under another partner is another account. */
    public String draftKey(String form, String record) {
        return session.partnerId() + "/" + form + "/" + record;
    }

    public SessionEvents events() {
        return events;
    }

    public Clock clock() {
        return clock;
    }

    /** Whether a destructive action here could touch real merchants: then it takes a typed confirmation. */
    public boolean touchesProduction() {
        return session.touchesProduction();
    }

    /**
     * Asks before something that cannot be undone: a plain confirmation, or, when production data is at stake, one
     * that makes the user type {@code word}.
     */
    public boolean confirmDestructive(String title, String message, String word, String confirmLabel) {
        return touchesProduction()
                ? dialogs.confirmTyped(title, message, word, confirmLabel)
                : dialogs.confirm(title, message, confirmLabel);
    }

    /** Cancels the session's tasks and waiting actions and drops its listeners. */
    @Override
    public void close() {
        tasks.close();
        scheduler.close();
        events.clear();
        java.util.List<ApiClient> clients;
        synchronized (subAccounts) {
            // A task just cancelled may still be adding one: iterating the synchronized map needs its lock.
            clients = java.util.List.copyOf(subAccounts.values());
            subAccounts.clear();
        }
        clients.forEach(ApiClient::close);
    }
}
