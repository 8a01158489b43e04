package io.accountsdesk.app.approvals;

import io.accountsdesk.app.core.forms.Form;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A form of the Approvals tab: apply for payments, apply for a seller, open a CDD case. */
public interface ApprovalForm {

    String title();

    Form form();

    List<FormInput> inputs();

    /** A note above the inputs (the test-mode rule, where the signatory adds the rest); empty when none. */
    String hint();

    /** Checks every field, then sends; the fields the server refuses show its message. */
    void submit();

    ReadOnlyBooleanProperty sendingProperty();

    /** Whether the form was sent and made its thing: it sends once, and another takes a new form. */
    ReadOnlyBooleanProperty sentProperty();

    /** What the server answered, for the user to read (the signature link, say). */
    ReadOnlyStringProperty resultProperty();

    /** The form goes: typing not sent stays in its draft, where the form keeps one. */
    void close();
}
