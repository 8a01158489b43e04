package io.accountsdesk.app.connections;

import io.accountsdesk.app.core.Messages;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;

/**
 * A list with a connection form beside it: the form opens on the right when the model has one and goes when it
 * closes, the focus following it there and back. The tab and the board both work this way.
 */
final class FormBeside extends SplitPane {

    private final StackPane formPane = new StackPane();

    /** @param back what takes the focus when the form closes (the list's table) */
    FormBeside(Node list, Node back, ReadOnlyObjectProperty<ConnectionFormViewModel> form, Runnable close,
               Messages messages, double divider) {
        formPane.setMinWidth(360);
        formPane.setPrefWidth(440);
        getItems().add(list);
        form.addListener((obs, old, now) -> {
            if (now == null) {
                formPane.getChildren().clear();
                getItems().remove(formPane);
                back.requestFocus();
                return;
            }
            ConnectionFormView view = new ConnectionFormView(now, messages, close);
            formPane.getChildren().setAll(view);
            if (!getItems().contains(formPane)) {
                getItems().add(formPane);
                setDividerPositions(divider);
            }
            // After the pane is laid out, or the focus request finds no window yet and the keys stay behind.
            Platform.runLater(view::focusFirst);
        });
    }
}
