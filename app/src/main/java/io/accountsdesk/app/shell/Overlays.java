package io.accountsdesk.app.shell;

import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.tasks.TaskHandle;

/** What shows above the screens without a window of its own: notices, and a long task's progress. */
public interface Overlays {

    void notice(DialogService.NoticeKind kind, String message);

    /** A notice with a button that runs {@code action} and closes it. */
    void notice(DialogService.NoticeKind kind, String message, String actionLabel, Runnable action);

    void progress(TaskHandle task);
}
