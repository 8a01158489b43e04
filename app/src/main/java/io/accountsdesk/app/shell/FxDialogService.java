package io.accountsdesk.app.shell;

import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.tasks.TaskHandle;
import io.accountsdesk.ui.Theme;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The dialogs as JavaFX shows them: alerts owned by the main window (so they centre on it and follow its theme), a
 * typed confirmation, and file choosers. Notices and progress go to the window's overlay layer instead of windows of
 * their own: they never take the keyboard away from the user's work.
 */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Messages messages;
    private final Overlays overlays;

    public FxDialogService(Supplier<Window> owner, Messages messages, Overlays overlays) {
        this.owner = owner;
        this.messages = messages;
        this.overlays = overlays;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setHeaderText(title);
        prepare(alert);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType go = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, go, cancel);
        alert.setHeaderText(title);
        prepare(alert);
        // A slip of the Enter key must not confirm: the safe answer has the focus.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(go)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    @Override
    public boolean confirmTyped(String title, String message, String word, String confirmLabel) {
        TypedConfirmDialog dialog = new TypedConfirmDialog(title, message, word, confirmLabel, messages);
        prepare(dialog);
        return dialog.showAndWait().orElse(false);
    }

    @Override
    public Optional<String> prompt(String title, String label, String initial) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(
                initial == null ? "" : initial);
        dialog.setHeaderText(title);
        dialog.setContentText(label);
        dialog.getEditor().setId("prompt-text");
        prepare(dialog);
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public void notify(NoticeKind kind, String message) {
        overlays.notice(kind, message);
    }

    @Override
    public void notify(NoticeKind kind, String message, String actionLabel, Runnable action) {
        overlays.notice(kind, message, actionLabel, action);
    }

    @Override
    public void showProgress(TaskHandle task) {
        overlays.progress(task);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileType> types) {
        File file = chooser(title, types).showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        types.forEach(type -> chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(type.description(), type.patterns())));
        return chooser;
    }

    private void prepare(Dialog<?> dialog) {
        dialog.setTitle(messages.get("app.title"));
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.getDialogPane().getStylesheets().add(Theme.STYLESHEET);
    }
}
