package io.accountsdesk.app.signin;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.session.SandboxUnavailable.Reason;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The ways out under the card's message when the embedded sandbox cannot open its data. */
final class SandboxTroubleBox extends HBox {

    SandboxTroubleBox(SignInViewModel model, Messages messages) {
        super(10);
        setId("sandbox-trouble");
        setAlignment(Pos.CENTER_LEFT);
        Button afresh = button("sandbox-start-afresh", messages.get("signIn.sandbox.startAfresh"), Feather.REFRESH_CW,
                model::startSandboxAfresh);
        Button showRunning = button("sandbox-show-running", messages.get("signIn.sandbox.showRunning"),
                Feather.MONITOR, model::showRunningApp);
        Button ownData = button("sandbox-own-data", messages.get("signIn.sandbox.ownData"), Feather.FOLDER_PLUS,
                model::useSeparateSandbox);
        afresh.getStyleClass().add("accent");
        showRunning.getStyleClass().add("accent");
        getChildren().addAll(afresh, showRunning, ownData);
        model.sandboxTroubleProperty().addListener((obs, old, reason) -> show(reason, afresh, showRunning, ownData));
        show(model.sandboxTroubleProperty().get(), afresh, showRunning, ownData);
        disableProperty().bind(model.busyProperty());
    }

    private void show(Reason reason, Button afresh, Button showRunning, Button ownData) {
        afresh.setVisible(reason == Reason.DAMAGED);
        showRunning.setVisible(reason == Reason.HELD_BY_APP);
        ownData.setVisible(reason == Reason.HELD_BY_APP || reason == Reason.HELD);
        for (Button button : new Button[] {afresh, showRunning, ownData}) {
            button.setManaged(button.isVisible());
        }
        setVisible(reason != null);
        setManaged(isVisible());
    }

    private static Button button(String id, String text, Feather icon, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
