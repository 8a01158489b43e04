package io.accountsdesk.app.access.team;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.auth.VerificationCodeRequest;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A one-time sign-in code for a person ({@code POST /accounts/{oid}/auth/passwordless/code}, row 3), made for this
 * app's client and the account's audience, for the admin to pass on. It is a credential while it lives: shown once,
 * to copy, and cleared when the admin says it is stored, picks someone else or leaves.
 */
public final class OneTimeCode {

    private final SessionServices services;
    private final Messages messages;
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper(this, "code", "");
    private final ReadOnlyStringWrapper forWhom = new ReadOnlyStringWrapper(this, "forWhom", "");

    OneTimeCode(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
    }

    /** Makes a code for {@code member}; a failure goes to {@code failed} in the user's words. */
    void create(TeamMember member, Consumer<String> failed) {
        String partner = services.session().partnerId();
        String clientId = services.session().client().config().credentials().clientId();
        services.tasks().run(BackgroundTask.of(messages.format("team.task.code", member.display()), task -> {
                    var auth = services.api(task).auth();
                    return auth.createVerificationCode(partner, new VerificationCodeRequest(auth.audience(partner),
                            clientId, member.id()));
                })
                .onSuccess(made -> {
                    code.set(made.verificationCode() == null ? "" : made.verificationCode());
                    forWhom.set(member.display());
                })
                .onFailure(failure -> failed.accept(messages.format("team.error.code", member.display(),
                        services.errors().describe(failure)))));
    }

    /** The admin has passed the code on: it leaves the screen. */
    public void clear() {
        code.set("");
        forWhom.set("");
    }

    /** The code on show; empty when none. */
    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    /** Whom the code on show is for. */
    public ReadOnlyStringProperty forWhomProperty() {
        return forWhom.getReadOnlyProperty();
    }
}
