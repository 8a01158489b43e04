package io.accountsdesk.app.approvals;

import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormDraft;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.http.ApiException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the approvals forms share: a form for something new, its draft kept per account (an application is long and
 * the signatory's details are often looked up halfway), and sending through the session's tasks with the server's
 * field errors put on the fields.
 *
 * <p>A form sends what it holds once. Pressing again while the send is on its way, or after it was made, would make
 * a second application (the fault soak did both: Ctrl+Enter bypassed the disabled button, and a failure elsewhere
 * on screen while the send was still going looked like this send failing). Another one takes a new form.
 */
abstract class SendingForm implements ApprovalForm {

    protected final SessionServices services;
    protected final String accountId;
    private final Form form;
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(this, "sending");
    private final ReadOnlyBooleanWrapper sent = new ReadOnlyBooleanWrapper(this, "sent");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private FormDraft draft;

    SendingForm(SessionServices services, String accountId) {
        this.services = services;
        this.accountId = accountId;
        this.form = Form.forNew(services.messages());
    }

    /** Starts keeping typing in a draft named {@code formName} for this account; call once the fields are added. */
    protected void keepDrafts(String formName) {
        draft = new FormDraft(services, form, formName);
        draft.open(accountId, savedAt -> result.set(services.messages().get("approvals.draftRestored")));
    }

    /** Sends {@code work} when every field passes; {@code answer} says what the server answered. */
    /** What a send does on its worker with the request the form built, on the UI thread, from fields that passed. */
    @FunctionalInterface
    protected interface SendWork<R, T> {
        T send(R request, io.accountsdesk.app.core.tasks.TaskContext task) throws Exception;
    }

    /**
     * Sends once: {@code request} is built here, on the UI thread, only once every field passed, and the worker gets
     * that request. Read on the worker, the fields could already hold what the user typed after pressing Send, which
     * nothing had checked.
     */
    protected <R, T> void send(String taskTitle, java.util.function.Supplier<R> request, SendWork<R, T> work,
                               Function<T, String> answer, Consumer<T> done) {
        if (sending.get()) {
            return;
        }
        if (sent.get()) {
            form.showMessage(services.messages().get("approvals.alreadySent"));
            return;
        }
        form.clearFormError();
        if (!form.validateAll() || !checkWhole()) {
            return;
        }
        R built;
        try {
            built = request.get();
        } catch (RuntimeException unbuildable) {
            form.showServerErrors(unbuildable);
            return;
        }
        sending.set(true);
        form.busyProperty().set(true);
        services.tasks().run(BackgroundTask.of(taskTitle, task -> work.send(built, task)).onSuccess(value -> {
            sending.set(false);
            form.busyProperty().set(false);
            sent.set(true);
            result.set(answer.apply(value));
            if (draft != null) {
                // Sent, so not a draft: closing the form must not write what it still shows back to disk.
                draft.finish();
            }
            done.accept(value);
        }).onFailure(failure -> {
            sending.set(false);
            form.busyProperty().set(false);
            sendFailed(failure);
            form.showServerErrors(failure);
        }).onCancelled(() -> {
            // Stopped by the user from the task list: the request may have reached the server all the same.
            sending.set(false);
            form.busyProperty().set(false);
            sendFailed(new ApiException.Cancelled("Stopped by the user."));
            form.showMessage(services.messages().get(findsWhatALostSendMade() ? "approvals.sendStopped"
                    : "approvals.sendStopped.check"));
        }));
    }

    /** A send failed (on the UI thread): a form whose send creates something may note that it may exist anyway. */
    protected void sendFailed(Throwable failure) {
    }

    /** Whether the next send first looks for what a send whose answer was lost made (so the user need not). */
    protected boolean findsWhatALostSendMade() {
        return false;
    }

    /** Rules across fields (at least one product, say); shows its own message and answers whether all is well. */
    protected boolean checkWhole() {
        return true;
    }

    @Override
    public Form form() {
        return form;
    }

    @Override
    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty sentProperty() {
        return sent.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    @Override
    public void close() {
        if (draft != null) {
            draft.close();
        }
    }
}
