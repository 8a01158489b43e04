package io.accountsdesk.app.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestNumbers;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.forms.FormField;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organisation number is checked by its country's rules, so changing the country checks the number again. The
 * differential test found the approvals forms passing a Norwegian number after the country was changed to SE, which
 * the sandbox then refused; the wizard and the account's details already checked again.
 *
 * <p>Seen to fail before the fix: each form stayed valid with the Swedish country.
 */
class OrganisationNumberByCountryTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    @TempDir
    Path configDir;

    record Case(String name, ApprovalForm form, BiConsumer<String, String> set, String countryPath,
                String numberPath) {
        @Override
        public String toString() {
            return name;
        }
    }

    private List<Case> forms() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        PaymentApplicationForm payments = new PaymentApplicationForm(test.services, "T00000001", a -> { });
        SellerForm seller = new SellerForm(test.services, "T00000001", s -> { });
        CddCaseForm cdd = new CddCaseForm(test.services, "T00000001", c -> { });
        return List.of(
                new Case("payment application", payments, payments::set, "country_code", "organization_number"),
                new Case("seller", seller, seller::set, "country_code", "organization_number"),
                new Case("CDD case", cdd, cdd::set, "case_request.countryCode", "case_request.organizationNumber"));
    }

    @Test
    void aNumberIsCheckedAgainWhenItsCountryChanges() {
        forms().forEach(this::checkedAgain);
    }

    private void checkedAgain(Case tried) {
        tried.set().accept(tried.numberPath(), TestNumbers.norwegianOrganisationNumber());
        FormField<?> number = field(tried, tried.numberPath());
        assertThat(number.validProperty().get()).as("%s: a Norwegian number in Norway", tried).isTrue();

        tried.set().accept(tried.countryPath(), "SE");

        assertThat(number.validProperty().get()).as("%s: the same number in Sweden", tried).isFalse();
        tried.set().accept(tried.countryPath(), "NO");
        assertThat(number.validProperty().get()).as("%s: back in Norway", tried).isTrue();
        tried.form().close();
    }

    private static FormField<?> field(Case tried, String path) {
        return tried.form().form().fields().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }
}
