package io.accountsdesk.app.shell;

import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** JavaFX alerts, owned by the main window so they centre on it and follow its theme. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Messages messages;

    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setHeaderText(title);
        alert.setTitle(messages.get("app.title"));
        alert.initOwner(owner.get());
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType go = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, go, cancel);
        alert.setHeaderText(title);
        alert.setTitle(messages.get("app.title"));
        alert.initOwner(owner.get());
        return alert.showAndWait().filter(go::equals).isPresent();
    }
}
