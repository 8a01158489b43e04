package io.accountsdesk.app.approvals;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.client.approvals.BankAccount;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The seed's {@code ApprovalsBankAccount} as form fields: exactly one account ({@code = 1 items}, the contract service
 * supports one). Every field is required, as Dintero's reference sends all seven; currencies and the BIC have the
 * shapes the seed's examples show.
 */
final class BankAccountFields {

    static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    static final Pattern BIC = Pattern.compile("^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$");
    private static final String PREFIX = "bank_accounts[0].";

    final FormField<String> name;
    final FormField<String> number;
    final FormField<String> numberType;
    final FormField<String> country;
    final FormField<String> currency;
    final FormField<String> payoutCurrency;
    final FormField<String> bic;

    BankAccountFields(Form form, Messages messages) {
        Validators check = new Validators(messages);
        name = form.add(FormField.text(PREFIX + "bank_name", messages.get("approvals.field.bankName"), "")
                .validatedBy(check.required()));
        number = form.add(FormField.text(PREFIX + "bank_account_number", messages.get("approvals.field.bankNumber"),
                "").validatedBy(check.required()));
        numberType = form.add(FormField.text(PREFIX + "bank_account_number_type",
                messages.get("approvals.field.bankNumberType"), "IBAN").validatedBy(check.required()));
        country = form.add(FormField.text(PREFIX + "bank_account_country_code",
                messages.get("approvals.field.bankCountry"), "NO").validatedBy(check.required(), check.countryCode()));
        currency = form.add(FormField.text(PREFIX + "bank_account_currency", messages.get("approvals.field.currency"),
                "NOK").validatedBy(check.required(), check.pattern(CURRENCY, "NOK")));
        payoutCurrency = form.add(FormField.text(PREFIX + "payout_currency",
                messages.get("approvals.field.payoutCurrency"), "NOK")
                .validatedBy(check.required(), check.pattern(CURRENCY, "NOK")));
        bic = form.add(FormField.text(PREFIX + "bank_identification_code", messages.get("approvals.field.bic"), "")
                .validatedBy(check.required(), check.pattern(BIC, "DNBANOKKXXX")));
    }

    List<FormInput> inputs(String section) {
        return List.of(
                new FormInput(section, name, "approvals-bank-name", FormInput.Kind.TEXT, null),
                new FormInput(section, number, "approvals-bank-number", FormInput.Kind.TEXT, null),
                new FormInput(section, numberType, "approvals-bank-number-type", FormInput.Kind.CHOICE,
                        List.of("IBAN", "BBAN")),
                new FormInput(section, country, "approvals-bank-country", FormInput.Kind.TEXT, null),
                new FormInput(section, currency, "approvals-bank-currency", FormInput.Kind.TEXT, null),
                new FormInput(section, payoutCurrency, "approvals-bank-payout-currency", FormInput.Kind.TEXT, null),
                new FormInput(section, bic, "approvals-bank-bic", FormInput.Kind.TEXT, null));
    }

    List<BankAccount> value() {
        return List.of(new BankAccount(name.value().strip(), number.value().replace(" ", ""),
                numberType.value().strip(), upper(country), upper(currency), upper(payoutCurrency), upper(bic)));
    }

    private static String upper(FormField<String> field) {
        return field.value().strip().toUpperCase(Locale.ROOT);
    }
}
