package io.accountsdesk.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.FieldError;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A server's refusal lands on the input it names, in MATCH's words or Visa's, whichever slot the principal is in. */
class ScreeningFormTest {

    @Test
    void aServersErrorsLandOnTheFieldsTheyName() {
        ScreeningForm form = new ScreeningForm(Messages.load(Locale.ENGLISH));
        form.legalName.set("Fjordlys AS");
        // Slot 1 is empty: the request's second principal is the form's third.
        form.principals.get(0).firstName.set("Kari");
        form.principals.get(0).lastName.set("Nordmann");
        form.principals.get(2).firstName.set("Per");
        form.principals.get(2).lastName.set("Hansen");
        assertThat(form.matchRequest().merchant().principals()).hasSize(2);

        int placed = form.form().showServerErrors(new ApiException.Validation(400, "validation", "Bad request",
                List.of(new FieldError("merchant.principals[1].address.city", "body", "is required"),
                        new FieldError("body.merchant.business_name", "body", "is too long"),
                        new FieldError("merchant.DBAName", "body", "must not be empty")), "req-1"));
        assertThat(placed).isEqualTo(3);
        assertThat(form.principals.get(2).city.errorProperty().get()).isEqualTo("is required");
        assertThat(form.principals.get(1).city.errorProperty().get()).isEmpty();
        assertThat(form.legalName.errorProperty().get()).isEqualTo("is too long");
        assertThat(form.tradeName.errorProperty().get()).isEqualTo("must not be empty");
    }

    @Test
    void regionsAreChosenOneByOneAndSentInMatchsOrder() {
        ScreeningForm form = new ScreeningForm(Messages.load(Locale.ENGLISH));
        form.region("D", true);
        form.region("1", true);
        form.region("A", true);
        form.region("1", false);
        assertThat(form.regions.value()).isEqualTo("A, D");
        assertThat(form.hasRegion("D")).isTrue();
        assertThat(form.hasRegion("1")).isFalse();
        form.countries.set("no, SWE");
        form.legalName.set("Fjordlys AS");
        var criteria = form.matchRequest().searchCriteria();
        assertThat(criteria.region()).containsExactly("A", "D");
        assertThat(criteria.country()).containsExactly("NOR", "SWE");
        assertThat(criteria.searchAll()).isEqualTo("N");
        form.regions.set("D, Q");
        assertThat(form.regions.errorProperty().get()).as("Q is no MATCH region").isNotEmpty();
    }
}
