package io.accountsdesk.app.core;

import io.accountsdesk.app.core.tasks.TaskHandle;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog, notice and file chooser the app shows goes through here, so view models never touch a window and
 * their tests can answer for the user.
 */
public interface DialogService {

    /** A file type for the choosers: its description and glob patterns ({@code *.csv}). */
    record FileType(String description, List<String> patterns) {
    }

    /** The look of a notice. */
    enum NoticeKind { INFO, SUCCESS, WARNING, ERROR }

    /** Tells the user something failed and what to do about it; waits until they have read it. */
    void showError(String title, String message);

    /** Asks before doing something the user might regret; {@code true} means go ahead. */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * Asks before something that cannot be undone, and makes the user type {@code word} (an account id, say) before
     * the confirm button works. Used for destructive actions when production data is at stake.
     */
    boolean confirmTyped(String title, String message, String word, String confirmLabel);

    /** Asks for one line of text ({@code initial} filled in); empty when the user changed their mind. */
    Optional<String> prompt(String title, String label, String initial);

    /** A notice that does not interrupt: it shows for a while in a corner and goes away by itself. */
    void notify(NoticeKind kind, String message);

    /**
     * A notice with one action on it ({@code actionLabel}, "Open", say), which runs {@code action} and closes the
     * notice. Where notices cannot carry actions, the notice alone.
     */
    default void notify(NoticeKind kind, String message, String actionLabel, Runnable action) {
        notify(kind, message);
    }

    /** A window that follows a long task (its message, progress and cancel button) and closes when it ends. */
    void showProgress(TaskHandle task);

    /** Where to save a file; empty when the user changed their mind. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileType> types);

    /** Which file to open; empty when the user changed their mind. */
    Optional<Path> chooseOpenFile(String title, List<FileType> types);
}
