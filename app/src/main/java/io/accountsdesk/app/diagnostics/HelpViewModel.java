package io.accountsdesk.app.diagnostics;

import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.DialogService.NoticeKind;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.app.core.tasks.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Help's two ways to reach support, the same from the help menu, the shortcuts help, the palette and the sign-in
 * card: open the log folder in the file manager, and copy a redacted diagnostics report. The disk and the file
 * manager are worked off the UI thread (the task runner); the clipboard is written on it, when the report is ready.
 */
public final class HelpViewModel {

    /** What the help needs from the app, asked anew at each use (tests change the opener and the folder). */
    public record Desk(Supplier<FolderOpener> opener, Supplier<Path> logFolder, String logFileName,
                       Supplier<DiagnosticsReport.Setting> setting, Consumer<String> clipboard, Clock clock) {
    }

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Desk desk;
    private final ReadOnlyBooleanWrapper copying = new ReadOnlyBooleanWrapper(this, "copying");
    private DiagnosticsReport lastReport;

    public HelpViewModel(TaskRunner tasks, DialogService dialogs, Messages messages, Desk desk) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.desk = desk;
    }

    /**
     * Opens the log folder, made first if the app has written no log yet. Where no file manager can be opened
     * (a remote session, a desktop without one), the folder's path goes to the clipboard and a notice says where it
     * is.
     */
    public void openLogFolder() {
        Path folder = desk.logFolder().get();
        FolderOpener opener = desk.opener().get();
        tasks.run(BackgroundTask.of(messages.get("help.task.openLogFolder"), task -> {
            Files.createDirectories(folder);
            try {
                opener.open(folder);
                return null;
            } catch (FolderOpener.Unavailable unavailable) {
                return unavailable.getMessage();
            }
        }).onSuccess(problem -> {
            if (problem != null) {
                desk.clipboard().accept(folder.toString());
                dialogs.notify(NoticeKind.WARNING, messages.format("help.logFolder.notOpened", folder));
            }
        }).onFailure(failure -> dialogs.notify(NoticeKind.ERROR,
                messages.format("help.logFolder.failed", folder, String.valueOf(failure.getMessage())))));
    }

    /** Puts the diagnostics report on the clipboard; the log is read on a worker. */
    public void copyDiagnostics() {
        if (copying.get()) {
            return;
        }
        DiagnosticsReport.Setting setting = desk.setting().get();
        Path folder = desk.logFolder().get();
        copying.set(true);
        tasks.run(BackgroundTask.of(messages.get("help.task.diagnostics"), task -> {
            List<String> log = LogTail.read(folder, desk.logFileName(), DiagnosticsReport.LOG_LINES);
            return DiagnosticsReport.of(AppVersion.current(), DiagnosticsReport.Runtime.ofThisProcess(), setting,
                    folder, desk.clock().instant(), log);
        }).onSuccess(report -> {
            lastReport = report;
            desk.clipboard().accept(report.text());
            dialogs.notify(NoticeKind.SUCCESS, messages.format("help.diagnostics.copied", report.logLines()));
        }).onFailure(failure -> dialogs.notify(NoticeKind.ERROR,
                messages.format("help.diagnostics.failed", String.valueOf(failure.getMessage()))))
                .onFinished(() -> copying.set(false)));
    }

    /** Whether a report is being made now: the buttons wait for it. */
    public ReadOnlyBooleanProperty copyingProperty() {
        return copying.getReadOnlyProperty();
    }

    /** The report last put on the clipboard, or {@code null}. */
    public DiagnosticsReport lastReport() {
        return lastReport;
    }
}
