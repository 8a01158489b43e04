package io.accountsdesk.app.signin.oidc;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.signin.SignInViewModel;
import java.security.SecureRandom;
import javafx.scene.Node;

/** Puts the single-sign-on way on the sign-in card: its model on the card's shared fields, and its pane. */
public final class SingleSignOnWay {

    private SingleSignOnWay() {
    }

    /** The pages the browser shows once it came back, in the person's language. */
    public static CallbackPages pages(Messages messages) {
        return new CallbackPages(messages.get("oidc.callback.title"), messages.get("oidc.callback.done"),
                messages.get("oidc.callback.failed"));
    }

    public static OidcSignInViewModel model(SignInViewModel card, SystemBrowser browser, OidcProviderMemory memory,
                                            TaskRunner tasks, Messages messages) {
        OidcSignInViewModel model = new OidcSignInViewModel(OidcSessions.of(card.people()),
                new OidcLogin(browser, pages(messages), new SecureRandom(), OidcLogin.DEFAULT_TIMEOUT), memory, tasks,
                messages);
        model.environmentProperty().bind(card.environmentProperty());
        // A browser still out for a place or way no longer chosen must not sign anyone in.
        card.environmentProperty().addListener((obs, old, value) -> cancelIfBusy(model));
        card.wayProperty().addListener((obs, old, value) -> cancelIfBusy(model));
        // The card closes the API client's session when its fields change; the code would have nothing to go through.
        for (var field : java.util.List.of(card.baseUrlProperty(), card.partnerIdProperty(), card.clientIdProperty(),
                card.clientSecretProperty())) {
            field.addListener((obs, old, value) -> cancelIfBusy(model));
        }
        return model;
    }

    private static void cancelIfBusy(OidcSignInViewModel model) {
        if (model.busyProperty().get()) {
            model.cancel();
        }
    }

    /** The pane for {@code SignInView}'s single-sign-on spot. */
    public static Node pane(SignInViewModel card, SystemBrowser browser, OidcProviderMemory memory, TaskRunner tasks,
                            Messages messages) {
        return new OidcSignInPane(model(card, browser, memory, tasks, messages), messages);
    }
}
