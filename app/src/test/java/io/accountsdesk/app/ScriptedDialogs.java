package io.accountsdesk.app;

import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.tasks.TaskHandle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dialogs as a test answers them: each question is recorded and answered as the test said beforehand. It stands
 * for the user, not for the server, so view-model tests need no windows.
 */
public final class ScriptedDialogs implements DialogService {

    /** One thing the app asked or told the user. */
    public record Shown(String kind, String title, String message, String word) {
    }

    public final List<Shown> shown = new ArrayList<>();
    public final List<TaskHandle> progress = new ArrayList<>();
    public boolean confirmAnswer = true;
    /** What the user types into a typed confirmation; the dialog confirms only when it equals the word shown. */
    public String typedAnswer;
    public String promptAnswer;
    public Path saveFile;
    public Path openFile;

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message, null));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        shown.add(new Shown("confirm", title, message, null));
        return confirmAnswer;
    }

    @Override
    public boolean confirmTyped(String title, String message, String word, String confirmLabel) {
        shown.add(new Shown("typed", title, message, word));
        return word.equals(typedAnswer);
    }

    @Override
    public Optional<String> prompt(String title, String label, String initial) {
        shown.add(new Shown("prompt", title, label, initial));
        return Optional.ofNullable(promptAnswer);
    }

    @Override
    public void notify(NoticeKind kind, String message) {
        shown.add(new Shown("notice:" + kind.name().toLowerCase(java.util.Locale.ROOT), null, message, null));
    }

    /** The actions of the notices shown with one, by the notice's message. */
    public final java.util.Map<String, Runnable> noticeActions = new java.util.LinkedHashMap<>();

    @Override
    public void notify(NoticeKind kind, String message, String actionLabel, Runnable action) {
        notify(kind, message);
        noticeActions.put(message, action);
    }

    @Override
    public void showProgress(TaskHandle task) {
        progress.add(task);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileType> types) {
        shown.add(new Shown("save-file", title, suggestedName, null));
        return Optional.ofNullable(saveFile);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileType> types) {
        shown.add(new Shown("open-file", title, null, null));
        return Optional.ofNullable(openFile);
    }

    public List<Shown> of(String kind) {
        return shown.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    public List<String> notices() {
        return shown.stream().filter(s -> s.kind().startsWith("notice:")).map(Shown::message).toList();
    }
}
