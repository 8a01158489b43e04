package io.accountsdesk.app.core;

/** Every dialog the app shows goes through here, so screens can be tested without windows popping up. */
public interface DialogService {

    /** Tells the user something failed and what to do about it. */
    void showError(String title, String message);

    /** Asks before doing something the user might regret; {@code true} means go ahead. */
    boolean confirm(String title, String message, String confirmLabel);
}
