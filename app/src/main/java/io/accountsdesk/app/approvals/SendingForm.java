package io.accountsdesk.app.approvals;

import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormDraft;
import io.accountsdesk.app.core.tasks.TaskWork;
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
 */
abstract class SendingForm implements ApprovalForm {

    protected final SessionServices services;
    protected final String accountId;
    private final Form form;
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(this, "sending");
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
    protected <T> void send(String taskTitle, TaskWork<T> work, Function<T, String> answer, Consumer<T> done) {
        form.clearFormError();
        if (!form.validateAll() || !checkWhole()) {
            return;
        }
        sending.set(true);
        form.busyProperty().set(true);
        services.tasks().run(taskTitle, work, value -> {
            sending.set(false);
            form.busyProperty().set(false);
            result.set(answer.apply(value));
            if (draft != null) {
                draft.forget();
            }
            done.accept(value);
        }, failure -> {
            sending.set(false);
            form.busyProperty().set(false);
            sendFailed(failure);
            form.showServerErrors(failure);
        });
    }

    /** A send failed (on the UI thread): a form whose send creates something may note that it may exist anyway. */
    protected void sendFailed(Throwable failure) {
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
