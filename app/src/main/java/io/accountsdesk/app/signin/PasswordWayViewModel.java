package io.accountsdesk.app.signin;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SignInRequest;
import io.accountsdesk.app.session.SignedInPerson;
import io.accountsdesk.client.auth.OobChannel;
import io.accountsdesk.client.auth.PasswordSignIn;
import io.accountsdesk.client.http.ApiException;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Sign-in with e-mail and password, and the second factor the person's account may ask for: a code by SMS or e-mail
 * (sent again, or over the other channel, on request), or one from an authenticator app. A person who lost their
 * phone recovers with two codes over two different channels. A refused password lands on the password field and a
 * refused code on the code field; neither is kept once it was sent.
 */
public final class PasswordWayViewModel {

    /** Where the sign-in stands; the view shows one step at a time. */
    public enum Stage {
        /** E-mail and password. */
        CREDENTIALS,
        /** The account wants a second factor: choose how to get the code (or use the authenticator app). */
        CHOOSE_FACTOR,
        /** A code is on its way (or the authenticator app has one): type it. */
        CODE,
        /** Lost the phone: choose the channel of the first of the two recovery codes. */
        RECOVERY
    }

    private final PersonSignIn people;
    private final Messages messages;

    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty usernameError = new SimpleStringProperty(this, "usernameError", "");
    private final StringProperty passwordError = new SimpleStringProperty(this, "passwordError", "");
    private final StringProperty codeError = new SimpleStringProperty(this, "codeError", "");
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage", Stage.CREDENTIALS);
    private final ObservableList<OobChannel> channels = FXCollections.observableArrayList();
    private final ObjectProperty<OobChannel> sentOver = new SimpleObjectProperty<>(this, "sentOver");
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper(this, "stepText", "");
    private final ReadOnlyBooleanWrapper recovering = new ReadOnlyBooleanWrapper(this, "recovering");
    private final BooleanProperty authenticator = new SimpleBooleanProperty(this, "authenticator");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    private PasswordSignIn flow;
    private Session viaClient;
    private String signingInAs;
    private Cancellable running = Cancellable.NONE;

    PasswordWayViewModel(PersonSignIn people) {
        this.people = people;
        this.messages = people.messages();
        username.addListener((obs, old, value) -> usernameError.set(""));
        password.addListener((obs, old, value) -> passwordError.set(""));
        code.addListener((obs, old, value) -> codeError.set(""));
    }

    /** Sends e-mail and password; the account answers with the person's session or asks for a second factor. */
    public boolean signIn() {
        if (busy.get()) {
            return false;
        }
        usernameError.set("");
        passwordError.set("");
        String user = username.get().strip();
        String typed = password.get();
        boolean valid = true;
        if (user.isEmpty()) {
            usernameError.set(messages.get("signIn.person.error.username"));
            valid = false;
        }
        if (typed.isEmpty()) {
            passwordError.set(messages.get("signIn.person.error.password"));
            valid = false;
        }
        Optional<SignInRequest> where = people.where();
        if (!valid || where.isEmpty()) {
            return false;
        }
        SignInRequest request = where.get();
        // The password leaves the field as it is sent: a refused one is typed again, never kept.
        password.set("");
        run("signIn.person.task.password", () -> {
            Session client = people.clientSession(request);
            PasswordSignIn started = new PasswordSignIn(client.client().auth(), client.partnerId());
            PasswordSignIn.Step step = started.start(user, typed);
            return new Answer(client, started, step);
        }, answer -> {
            viaClient = answer.client();
            flow = answer.flow();
            signingInAs = user;
            recovering.set(false);
            show(answer.step());
        }, this::passwordRefused);
        return true;
    }

    /** Sends a code over {@code channel}: the first, again, or over the other channel instead. */
    public boolean sendCode(OobChannel channel) {
        if (busy.get() || flow == null) {
            return false;
        }
        PasswordSignIn current = flow;
        run("signIn.person.task.sendCode", () -> new Answer(viaClient, current, current.challenge(channel)),
                answer -> show(answer.step()), this::codeRefused);
        return true;
    }

    /** The person will type the code their authenticator app shows: nothing is sent. */
    public void useAuthenticator() {
        if (flow == null) {
            return;
        }
        authenticator.set(true);
        sentOver.set(null);
        stepText.set(messages.get("signIn.person.mfa.authenticator"));
        stage.set(Stage.CODE);
    }

    /** Sends the code typed; a refused one is said on the code field, and the person may try again or resend. */
    public boolean submitCode() {
        if (busy.get() || flow == null) {
            return false;
        }
        String typed = code.get().strip();
        if (typed.isEmpty()) {
            codeError.set(messages.get("signIn.person.error.code"));
            return false;
        }
        code.set("");
        PasswordSignIn current = flow;
        boolean fromApp = authenticator.get();
        run("signIn.person.task.code", () -> new Answer(viaClient, current,
                        fromApp ? current.completeWithAuthenticator(typed) : current.complete(typed)),
                answer -> show(answer.step()), this::codeRefused);
        return true;
    }

    /** "Lost your phone?": recovery needs two codes over two different channels, chosen one after the other. */
    public void lostPhone() {
        if (flow == null && signingInAs == null) {
            return;
        }
        authenticator.set(false);
        channels.setAll(OobChannel.KNOWN);
        recovering.set(true);
        stepText.set(messages.get("signIn.person.recovery.start"));
        stage.set(Stage.RECOVERY);
    }

    /** Starts recovery with the first code over {@code channel}. */
    public boolean recover(OobChannel channel) {
        if (busy.get() || viaClient == null || signingInAs == null) {
            return false;
        }
        Session client = viaClient;
        String user = signingInAs;
        PasswordSignIn fresh = new PasswordSignIn(client.client().auth(), client.partnerId());
        run("signIn.person.task.sendCode", () -> new Answer(client, fresh, fresh.recover(user, channel)), answer -> {
            flow = answer.flow();
            show(answer.step());
        }, this::codeRefused);
        return true;
    }

    /** Back to e-mail and password; whatever was under way is forgotten. */
    public void startOver() {
        running.cancel();
        flow = null;
        viaClient = null;
        signingInAs = null;
        code.set("");
        password.set("");
        codeError.set("");
        passwordError.set("");
        usernameError.set("");
        authenticator.set(false);
        recovering.set(false);
        sentOver.set(null);
        channels.clear();
        stepText.set("");
        stage.set(Stage.CREDENTIALS);
        if (busy.get()) {
            busy.set(false);
            people.card().busy(false, "");
        }
    }

    private void show(PasswordSignIn.Step step) {
        switch (step) {
            case PasswordSignIn.SignedIn signedIn -> {
                Session client = viaClient;
                String user = signingInAs;
                startOver();
                people.signedIn(client, user, SignedInPerson.Way.PASSWORD, signedIn.tokens());
            }
            case PasswordSignIn.MfaRequired required -> {
                codeError.set("");
                channels.setAll(required.channels());
                authenticator.set(false);
                sentOver.set(null);
                recovering.set(required.recovery());
                stepText.set(messages.get(required.recovery() ? "signIn.person.recovery.second"
                        : "signIn.person.mfa.choose"));
                stage.set(Stage.CHOOSE_FACTOR);
            }
            case PasswordSignIn.ChallengeSent sent -> {
                codeError.set(""); // said of the code before this one
                authenticator.set(false);
                sentOver.set(sent.channel());
                stepText.set(messages.format("signIn.person.mfa.sent", channelName(sent.channel())));
                stage.set(Stage.CODE);
            }
        }
    }

    /** The channel as the person knows it: "SMS", "e-mail". */
    public String channelName(OobChannel channel) {
        String key = "signIn.person.channel." + channel.value();
        return messages.has(key) ? messages.get(key) : channel.value();
    }

    private void passwordRefused(Throwable failure) {
        if (refusedGrant(failure)) {
            passwordError.set(messages.get("signIn.person.error.wrongPassword"));
        } else {
            people.card().showFormError(people.errors().describe(failure));
        }
    }

    private void codeRefused(Throwable failure) {
        if (refusedGrant(failure)) {
            codeError.set(messages.get("signIn.person.error.wrongCode"));
        } else {
            codeError.set(people.errors().describe(failure));
        }
    }

    /** The server turned the password or code down, as opposed to failing or being out of reach. */
    static boolean refusedGrant(Throwable failure) {
        return failure instanceof ApiException refused
                && (refused instanceof ApiException.Unauthorized || refused instanceof ApiException.Validation
                || "invalid_grant".equals(refused.code()));
    }

    private record Answer(Session client, PasswordSignIn flow, PasswordSignIn.Step step) {
    }

    private void run(String titleKey, java.util.concurrent.Callable<Answer> work,
                     java.util.function.Consumer<Answer> onAnswer, java.util.function.Consumer<Throwable> onFailure) {
        running = people.step(titleKey, work, busy, onAnswer, onFailure);
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty usernameErrorProperty() {
        return usernameError;
    }

    public StringProperty passwordErrorProperty() {
        return passwordError;
    }

    public StringProperty codeErrorProperty() {
        return codeError;
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** The channels a code can be sent over at this step. */
    public ObservableList<OobChannel> channels() {
        return channels;
    }

    /** The channel the last code went over, or {@code null} for the authenticator app. */
    public ObjectProperty<OobChannel> sentOverProperty() {
        return sentOver;
    }

    /** What this step asks of the person, in words. */
    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty recoveringProperty() {
        return recovering.getReadOnlyProperty();
    }

    /** Whether the code to type comes from the authenticator app. */
    public ReadOnlyBooleanProperty authenticatorProperty() {
        return authenticator;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
