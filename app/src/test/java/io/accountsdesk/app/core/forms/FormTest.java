package io.accountsdesk.app.core.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.FieldError;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormTest {

    private final Messages messages = Messages.load(Locale.ENGLISH);
    private final Validators check = new Validators(messages);

    @Test
    void aFieldIsDirtyOnlyWhileItDiffersAndShowsItsMessageOnceTouched() {
        FormField<String> email = FormField.text("company.email", "E-mail", null).validatedBy(check.email());
        assertThat(email.value()).as("null reads as empty").isEmpty();
        assertThat(email.isDirty()).isFalse();

        email.set("not-an-address");
        assertThat(email.isDirty()).isTrue();
        assertThat(email.validProperty().get()).isFalse();
        assertThat(email.errorProperty().get()).isEqualTo(messages.get("validation.email"));

        email.set("");
        assertThat(email.isDirty()).isFalse();
        assertThat(email.errorProperty().get()).isEmpty();
    }

    @Test
    void canSaveNeedsAChangeValidityAndNoSaveUnderWay() {
        Form form = new Form(messages);
        FormField<String> name = form.add(FormField.text("company.business_name", "Name", "Fjord AS"))
                .validatedBy(check.required());
        assertThat(form.canSaveProperty().get()).as("nothing changed").isFalse();

        name.set("");
        assertThat(form.isDirty()).isTrue();
        assertThat(form.canSaveProperty().get()).as("invalid").isFalse();
        assertThat(name.errorProperty().get()).isEqualTo("Required.");

        name.set("Fjord Bakeri AS");
        assertThat(form.canSaveProperty().get()).isTrue();
        form.busyProperty().set(true);
        assertThat(form.canSaveProperty().get()).isFalse();
    }

    @Test
    void onlyWhatTheUserChangedMustPassAndAnOddStoredValueNeverBlocksASave() {
        Form form = new Form(messages);
        FormField<String> progression = form.add(FormField.text("progression", "Progression", "paused"))
                .validatedBy(check.oneOf(List.of("applied", "live")));
        FormField<String> email = form.add(FormField.text("applicant.email", "E-mail", "a@b.no"))
                .validatedBy(check.required(), check.email());
        assertThat(progression.validProperty().get()).as("a word the seed does not list").isFalse();

        email.set("ola@b.no");
        assertThat(form.validateAll()).as("the stored word goes back untouched").isTrue();
        assertThat(progression.errorProperty().get()).isEmpty();

        email.set("");
        assertThat(form.validateAll()).isFalse();
        assertThat(email.errorProperty().get()).isEqualTo("Required.");
        assertThat(progression.errorProperty().get()).as("untouched fields stay quiet").isEmpty();
    }

    @Test
    void rebasingMovesTheStartingPointAndKeepsWhatWasTyped() {
        FormField<String> typed = FormField.text("company.email", "E-mail", "old@b.no");
        FormField<String> untouched = FormField.text("company.phone_number", "Phone", "+47 1");
        typed.set("mine@b.no");

        typed.rebase("theirs@b.no");
        untouched.rebase("+47 2");

        assertThat(typed.value()).isEqualTo("mine@b.no");
        assertThat(typed.displayInitial()).isEqualTo("theirs@b.no");
        assertThat(untouched.value()).as("follows the server").isEqualTo("+47 2");
        assertThat(untouched.isDirty()).isFalse();
    }

    @Test
    void theReviewListsEachChangeWithItsOldAndNewValue() {
        Form form = new Form(messages);
        FormField<String> phone = form.add(FormField.text("company.phone_number", "Company · Phone", "+47 1"));
        form.add(FormField.text("company.email", "Company · E-mail", "a@b.no"));
        phone.set("+47 22 33 44 55");
        assertThat(form.changes()).containsExactly(
                new FieldChange("company.phone_number", "Company · Phone", "+47 1", "+47 22 33 44 55"));
    }

    @Test
    void aServerRefusalLandsOnTheFieldItNamesAndTheRestOnTheForm() {
        Form form = new Form(messages);
        FormField<String> org = form.add(FormField.text("company.organization_number", "Org", "1"));
        FormField<String> country = form.add(FormField.text("company.address.country", "Country", "NO"));
        ApiException.Validation refused = new ApiException.Validation(400, "validation_error", "Invalid body",
                List.of(new FieldError("body.company.organization_number", "body", "too long"),
                        new FieldError("/company/address", "body", "address is odd"),
                        new FieldError("partner_id", "body", "must be the partner in the path")),
                "req-1");

        assertThat(form.showServerErrors(refused)).isEqualTo(2);

        assertThat(org.errorProperty().get()).isEqualTo("too long");
        assertThat(country.errorProperty().get()).as("an error on an object goes to its first field")
                .isEqualTo("address is odd");
        assertThat(form.formErrorProperty().get()).contains("partner_id: must be the partner in the path");

        org.set("2");
        assertThat(org.errorProperty().get()).as("the message described the value that was sent").isEmpty();
    }

    @Test
    void aPathParameterTheServerNamesByItselfLandsOnItsAliasedField() {
        Form form = Form.forNew(messages);
        FormField<String> reference = form.add(FormField.text("param.callback_reference", "Reference", ""));
        form.alias("callback_reference", reference);
        ApiException.Validation refused = new ApiException.Validation(400, "validation_error", "Invalid path",
                List.of(new FieldError("callback_reference", "path", "must not be blank")), "req-2");

        assertThat(form.showServerErrors(refused)).isEqualTo(1);
        assertThat(reference.errorProperty().get()).isEqualTo("must not be blank");
        assertThat(form.formErrorProperty().get()).as("nothing left over for the form itself")
                .doesNotContain("callback_reference").doesNotContain("must not be blank");
    }

    @Test
    void aFailureThatIsNotAFieldProblemSaysWhatFailed() {
        Form form = new Form(messages);
        form.add(FormField.text("company.email", "E-mail", ""));
        form.showServerErrors(new ApiException.Server(503, null, "The sandbox injected this failure.", null));
        assertThat(form.formErrorProperty().get()).startsWith("Saving failed: The server failed (HTTP 503)");
    }

    @Test
    void seedAndFormatChecksSayWhatIsWanted() {
        assertThat(check.oneOf(List.of("applied", "live")).check("paused")).isEqualTo("Choose one of: applied, live.");
        assertThat(check.oneOf(List.of("applied", "live")).check("live")).isNull();
        assertThat(check.languageTag().check("nb")).isNull();
        assertThat(check.languageTag().check("norsk bokmål")).isNotNull();
        assertThat(check.countryCode().check("NO")).isNull();
        assertThat(check.countryCode().check("no")).isNotNull();
        assertThat(check.countryCode().check("XX")).isNotNull();
        assertThat(check.maxLength(3).check("abcd")).isEqualTo("At most 3 characters (this has 4).");
        assertThat(check.phone().check("+47 22 33 44 55")).isNull();
        assertThat(check.phone().check("call me")).isNotNull();
        assertThat(check.email().check("")).as("optional fields may stay empty").isNull();
    }

    @Test
    void anOrganisationNumberIsJudgedByTheCountryItBelongsTo() {
        String[] country = {"NO"};
        Validator<String> org = check.organisationNumber(() -> country[0]);
        assertThat(org.check("923609016")).as("a valid Norwegian number").isNull();
        assertThat(org.check("923609017")).isEqualTo(
                "Not a valid organisation number for Norway: the check digit does not match. Check for a typing error.");
        country[0] = "DE";
        assertThat(org.check("923609017")).as("a country without a known check is not judged").isNull();
    }
}
