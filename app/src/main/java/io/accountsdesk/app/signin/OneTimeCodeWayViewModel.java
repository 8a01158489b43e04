package io.accountsdesk.app.signin;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SignInRequest;
import io.accountsdesk.app.session.SignedInPerson;
import io.accountsdesk.client.auth.AuthApi;
import io.accountsdesk.client.auth.PasswordlessConnection;
import io.accountsdesk.client.auth.PasswordlessStart;
import io.accountsdesk.client.auth.PasswordlessUserType;
import io.accountsdesk.client.auth.TokenResponse;
import io.accountsdesk.client.http.ApiException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Sign-in without a password: a one-time code sent by e-mail or SMS to the person named by their e-mail address,
 * then traded for the person's session. The server sends a few codes a minute to one address at most; when it says
 * "not yet" the card counts down to when it will, and the send button waits until then.
 */
public final class OneTimeCodeWayViewModel {

    /** Whether the code is still to be asked for, or on its way and to be typed. */
    public enum Stage { REQUEST, CODE }

    /** Enough to catch a typo before anything is sent; the server decides whether the address is a user's. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** When the server says "too many" without saying for how long: its window is a minute. */
    private static final int DEFAULT_WAIT_SECONDS = 60;

    private final PersonSignIn people;
    private final Messages messages;

    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final ObjectProperty<PasswordlessConnection> channel = new SimpleObjectProperty<>(this, "channel",
            PasswordlessConnection.EMAIL);
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty emailError = new SimpleStringProperty(this, "emailError", "");
    private final StringProperty codeError = new SimpleStringProperty(this, "codeError", "");
    private final SimpleStringProperty sentText = new SimpleStringProperty(this, "sentText", "");
    private final javafx.beans.property.ReadOnlyObjectWrapper<Stage> stage =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "stage", Stage.REQUEST);
    private final ReadOnlyIntegerWrapper retryIn = new ReadOnlyIntegerWrapper(this, "retryIn", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final StringBinding waitText;
    private final BooleanBinding canSend;

    private Session viaClient;
    private String sentTo;
    private Cancellable tick = Cancellable.NONE;
    private Cancellable running = Cancellable.NONE;

    OneTimeCodeWayViewModel(PersonSignIn people) {
        this.people = people;
        this.messages = people.messages();
        email.addListener((obs, old, value) -> emailError.set(""));
        code.addListener((obs, old, value) -> codeError.set(""));
        waitText = Bindings.createStringBinding(() -> retryIn.get() > 0
                ? messages.format("signIn.code.wait", retryIn.get()) : "", retryIn);
        canSend = retryIn.isEqualTo(0).and(busy.not());
    }

    /** Asks the server to send a code to the address typed, over the channel chosen. */
    public boolean sendCode() {
        if (!canSend.get()) {
            return false;
        }
        String address = email.get().strip();
        if (address.isEmpty()) {
            emailError.set(messages.get("signIn.code.error.email"));
            return false;
        }
        if (!EMAIL.matcher(address).matches()) {
            emailError.set(messages.format("signIn.code.error.emailPattern", address));
            return false;
        }
        Optional<SignInRequest> where = people.where();
        if (where.isEmpty()) {
            return false;
        }
        SignInRequest request = where.get();
        PasswordlessConnection over = channel.get();
        run("signIn.code.task.send", () -> {
            Session client = people.clientSession(request);
            AuthApi auth = client.client().auth();
            String partner = client.partnerId();
            auth.startPasswordless(partner, new PasswordlessStart(auth.audience(partner),
                    client.client().config().credentials().clientId(), over, address, PasswordlessUserType.COMPANY,
                    PasswordlessStart.SEND_CODE, null));
            return client;
        }, client -> {
            viaClient = client;
            sentTo = address;
            sentText.set(messages.format(PasswordlessConnection.SMS.equals(over) ? "signIn.code.sentSms"
                    : "signIn.code.sentEmail", address));
            stage.set(Stage.CODE);
        }, failure -> {
            if (failure instanceof ApiException.RateLimited limited) {
                Duration wait = limited.retryAfter();
                countDown(wait == null ? DEFAULT_WAIT_SECONDS : (int) Math.max(1, wait.toSeconds()));
            } else if (failure instanceof ApiException.Validation) {
                emailError.set(people.errors().describe(failure));
            } else {
                people.card().showFormError(people.errors().describe(failure));
            }
        });
        return true;
    }

    /** Trades the code typed for the person's session; a refused code is said on the code field. */
    public boolean submitCode() {
        if (busy.get() || viaClient == null) {
            return false;
        }
        String typed = code.get().strip();
        if (typed.isEmpty()) {
            codeError.set(messages.get("signIn.person.error.code"));
            return false;
        }
        code.set("");
        Session client = viaClient;
        String address = sentTo;
        run("signIn.person.task.code", () -> {
            AuthApi auth = client.client().auth();
            String partner = client.partnerId();
            return auth.passwordlessToken(partner, "email", address, typed, auth.audience(partner));
        }, (TokenResponse tokens) -> {
            startOver();
            people.signedIn(client, address, SignedInPerson.Way.PASSWORDLESS, tokens);
        }, failure -> codeError.set(PasswordWayViewModel.refusedGrant(failure)
                ? messages.get("signIn.code.error.wrongCode") : people.errors().describe(failure)));
        return true;
    }

    /** Back to asking for a code (another address, another channel); a countdown keeps running. */
    public void startOver() {
        running.cancel();
        if (busy.get()) {
            busy.set(false);
            people.card().busy(false, "");
        }
        viaClient = null;
        sentTo = null;
        code.set("");
        codeError.set("");
        sentText.set("");
        stage.set(Stage.REQUEST);
    }

    /** Shows "ask again in N s" and keeps the send button off until N reaches nought, a second at a time. */
    private void countDown(int seconds) {
        tick.cancel();
        retryIn.set(seconds);
        scheduleTick();
    }

    private void scheduleTick() {
        tick = people.scheduler().schedule(Duration.ofSeconds(1), () -> {
            retryIn.set(Math.max(0, retryIn.get() - 1));
            if (retryIn.get() > 0) {
                scheduleTick();
            }
        });
    }

    private <T> void run(String titleKey, java.util.concurrent.Callable<T> work,
                     java.util.function.Consumer<T> onAnswer, java.util.function.Consumer<Throwable> onFailure) {
        running = people.step(titleKey, work, busy, onAnswer, onFailure);
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<PasswordlessConnection> channelProperty() {
        return channel;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty emailErrorProperty() {
        return emailError;
    }

    public StringProperty codeErrorProperty() {
        return codeError;
    }

    /** Where the code went, in words. */
    public javafx.beans.property.ReadOnlyStringProperty sentTextProperty() {
        return sentText;
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** Seconds until the server sends another code; 0 when it will now. */
    public ReadOnlyIntegerProperty retryInProperty() {
        return retryIn.getReadOnlyProperty();
    }

    /** "You can ask again in N s", or empty. */
    public StringBinding waitTextProperty() {
        return waitText;
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
