package io.accountsdesk.app.screening;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import java.util.List;

/**
 * One of the five principals a screening sends. A slot left empty is not sent; a slot in use needs a first and last
 * name, which MATCH and VMSS both need to look a person up.
 */
final class PrincipalFields {

    final FormField<String> firstName;
    final FormField<String> lastName;
    final FormField<String> addressLine;
    final FormField<String> postalCode;
    final FormField<String> city;
    final FormField<String> country;
    final FormField<String> phone;
    final FormField<String> email;
    final FormField<String> nationalId;
    private final List<FormField<String>> all;

    PrincipalFields(Form form, int index, Messages messages) {
        Validators check = new Validators(messages);
        String at = "merchant.principals." + index + ".";
        firstName = form.add(FormField.text(at + "first_name", messages.get("screening.field.firstName"), ""));
        lastName = form.add(FormField.text(at + "last_name", messages.get("screening.field.lastName"), ""));
        addressLine = form.add(FormField.text(at + "address.address_line", messages.get("screening.field.street"), ""));
        postalCode = form.add(FormField.text(at + "address.postal_code", messages.get("screening.field.postalCode"), ""));
        city = form.add(FormField.text(at + "address.city", messages.get("screening.field.city"), ""));
        country = form.add(FormField.text(at + "address.country", messages.get("screening.field.country"), ""))
                .validatedBy(check.countryCode());
        phone = form.add(FormField.text(at + "phone_number", messages.get("screening.field.phone"), ""))
                .validatedBy(check.phone());
        email = form.add(FormField.text(at + "email", messages.get("screening.field.email"), ""))
                .validatedBy(check.email());
        nationalId = form.add(FormField.text(at + "national_id", messages.get("screening.field.nationalId"), ""))
                .validatedBy(check.maxLength(40));
        all = List.of(firstName, lastName, addressLine, postalCode, city, country, phone, email, nationalId);
        String required = messages.get("validation.required");
        firstName.validatedBy(value -> inUse() && Texts.blank(value) ? required : null);
        lastName.validatedBy(value -> inUse() && Texts.blank(value) ? required : null);
        // An address is sent only with a street, and then MATCH wants its city too (the country defaults to the
        // merchant's).
        city.validatedBy(value -> hasAddress() && Texts.blank(value) ? required : null);
        // Typing anywhere in the slot puts it in use: the names are checked again, so the message shows at once.
        for (FormField<String> field : all) {
            field.valueProperty().addListener((obs, old, now) -> {
                firstName.revalidate();
                lastName.revalidate();
                city.revalidate();
            });
        }
    }

    boolean inUse() {
        return all.stream().anyMatch(field -> !Texts.blank(field.value()));
    }

    /** The principal's address is sent only when it has a street: MATCH needs a street, city and country. */
    boolean hasAddress() {
        return !Texts.blank(addressLine.value());
    }

    String fullName() {
        return Texts.words(firstName.value(), lastName.value());
    }

    void fill(ScreeningSubject.Person person, String countryDefault) {
        firstName.reset(person.firstName());
        lastName.reset(person.lastName());
        addressLine.reset(person.addressLine());
        postalCode.reset(person.postalCode());
        city.reset(person.city());
        country.reset(Texts.blank(person.addressLine()) ? "" : Texts.blank(person.country()) ? countryDefault
                : person.country());
        phone.reset(person.phone());
        email.reset(person.email());
        nationalId.reset("");
    }

    void clear() {
        all.forEach(field -> field.reset(""));
    }

    List<FormField<String>> fields() {
        return all;
    }
}
