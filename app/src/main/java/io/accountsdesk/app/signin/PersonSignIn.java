package io.accountsdesk.app.signin;

import io.accountsdesk.app.core.ErrorMessages;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SessionFactory;
import io.accountsdesk.app.session.SignInRequest;
import io.accountsdesk.app.session.SignedInPerson;
import io.accountsdesk.client.auth.TokenResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every way a person signs in needs, whichever it is (password, one-time code, single sign-on): the checked
 * "where" of the sign-in card, the API client's session a person's grant goes through, and the step that turns the
 * person's tokens into the app's session.
 *
 * <p>Dintero lets a person sign in only through an API client of the partner: the token endpoint wants that client's
 * own Bearer beside the password or code. In the sandbox that is the sandbox's client; elsewhere the card asks for
 * the client id and secret too. The client's session is opened on the first step and kept across the steps that
 * follow (a second factor, a code), then handed over to the person's session, which closes it with itself.
 */
public final class PersonSignIn {

    private final Supplier<Optional<SignInRequest>> where;
    private final Function<SignInRequest, Session> sessions;
    private final TaskRunner tasks;
    private final UiScheduler scheduler;
    private final Messages messages;
    private final ErrorMessages errors;
    private final SignInViewModel card;

    private Session clientSession;
    private SignInRequest clientRequest;

    PersonSignIn(SignInViewModel card, Supplier<Optional<SignInRequest>> where,
                 Function<SignInRequest, Session> sessions, TaskRunner tasks, UiScheduler scheduler,
                 Messages messages) {
        this.card = card;
        this.where = where;
        this.sessions = sessions;
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
    }

    /** The checked environment and API client, or empty with each problem shown on its field of the card. */
    public Optional<SignInRequest> where() {
        return where.get();
    }

    /**
     * The API client's session for {@code request}: the one already open for the same request, or a new one.
     * Blocking: call it from a background task.
     */
    public synchronized Session clientSession(SignInRequest request) {
        if (clientSession != null && request.equals(clientRequest)) {
            return clientSession;
        }
        forgetClientSession();
        clientSession = sessions.apply(request);
        clientRequest = request;
        return clientSession;
    }

    /** Closes the API client's session a sign-in left open, as when the user gives up or changes where. */
    public synchronized void forgetClientSession() {
        if (clientSession != null) {
            clientSession.close();
        }
        clientSession = null;
        clientRequest = null;
    }

    /**
     * Opens the person's session from the tokens their sign-in earned and hands it to the app. Call on the UI
     * thread, after the last step of the way. Should the server later refuse to renew the tokens, the app comes back
     * to this card with {@code username} still filled in and says why.
     */
    public void signedIn(Session viaClient, String username, SignedInPerson.Way way, TokenResponse tokens) {
        synchronized (this) {
            if (viaClient == clientSession) {
                clientSession = null; // now the person's session's to close
                clientRequest = null;
            }
        }
        Session person = SessionFactory.openPerson(viaClient, username, way, tokens,
                expired -> scheduler.schedule(Duration.ZERO, () -> card.sessionExpired(username, way)));
        card.remember().personSignedIn(person, way, tokens);
        card.signedIn(person);
    }

    /** Shows the card busy (shared fields and way toggles locked) with what is happening, or no longer busy. */
    public void showBusy(boolean busy, String what) {
        card.busy(busy, what);
    }

    /** Shows a failure that belongs to no field of the way, such as an unreachable server, on the card. */
    public void showError(String text) {
        card.showFormError(text);
    }

    SignInViewModel card() {
        return card;
    }

    /**
     * Runs one step of a way's sign-in in the background, with {@code busy} and the card busy until it answers; the
     * answer or the failure reaches the way on the UI thread.
     */
    <T> io.accountsdesk.app.core.Cancellable step(String titleKey, java.util.concurrent.Callable<T> work,
                                                  javafx.beans.property.BooleanProperty busy,
                                                  java.util.function.Consumer<T> onAnswer,
                                                  java.util.function.Consumer<Throwable> onFailure) {
        String title = messages.get(titleKey);
        busy.set(true);
        card.busy(true, title);
        return tasks.run(title, task -> work.call(), answer -> {
            busy.set(false);
            card.busy(false, "");
            onAnswer.accept(answer);
        }, failure -> {
            busy.set(false);
            card.busy(false, "");
            onFailure.accept(failure);
        });
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public UiScheduler scheduler() {
        return scheduler;
    }

    public Messages messages() {
        return messages;
    }

    public ErrorMessages errors() {
        return errors;
    }
}
