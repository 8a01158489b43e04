package io.accountsdesk.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.json.Json;
import org.junit.jupiter.api.Test;

/**
 * Who the form starts from: the account's applicant and the people who sign its connections' agreements, each once,
 * at most five (MATCH's limit); a web address from a signup, since the account itself has none.
 */
class ScreeningSubjectTest {

    private static final String ACCOUNT = """
            {"account_id":"T12345678",
             "applicant":{"first_name":"Kari","last_name":"Nordmann","email":"kari@example.com","phone_number":"+4790000001"},
             "company":{"business_name":"Fjordlys Kafé AS","display_name":"Fjordlys","organization_number":"912345678",
               "phone_number":"+4722334455","email":"post@fjordlys.no","merchant_category_code":"5812",
               "address":{"address_line":"Storgata 5","postal_code":"9008","postal_place":"Tromsø","country":"NO"}},
             "connections":{
               "swish":{"signup":{"website":"https://fjordlys.no","signature":{"signatures":[
                 {"name":"Kari Nordmann","email":"kari@example.com"},
                 {"name":"Per Olav Hansen","email":"per@example.com"},
                 {"name":"Åse Ødegård"}]}}},
               "common":{"signup":{"signature":{"signatures":[
                 {"name":"Liv Berg"},{"name":"Ola Dunk"},{"name":"Madonna"}]}}}}}
            """;

    @Test
    void theApplicantAndTheSignatoriesAreThePrincipalsOnceEachAndAtMostFive() throws Exception {
        Account account = Json.newMapper().readValue(ACCOUNT, Account.class);
        ScreeningSubject subject = ScreeningSubject.of(account);
        assertThat(subject.legalName()).isEqualTo("Fjordlys Kafé AS");
        assertThat(subject.tradeName()).isEqualTo("Fjordlys");
        assertThat(subject.city()).isEqualTo("Tromsø");
        assertThat(subject.organisationNumber()).isEqualTo("912345678");
        assertThat(subject.website()).isEqualTo("https://fjordlys.no");
        assertThat(subject.mcc()).isEqualTo("5812");
        assertThat(subject.principals()).extracting(p -> p.firstName() + "|" + p.lastName())
                .containsExactly("Kari|Nordmann", "Per Olav|Hansen", "Åse|Ødegård", "Liv|Berg", "Ola|Dunk");
        assertThat(subject.principals().get(0).phone()).isEqualTo("+4790000001");

        ScreeningForm form = new ScreeningForm(io.accountsdesk.app.core.Messages.load(java.util.Locale.ENGLISH));
        form.fill(subject);
        assertThat(form.principalsInUse()).hasSize(5);
        assertThat(form.matchRequest().merchant().principals()).hasSize(5);
        assertThat(form.matchRequest().merchant().websiteUrl()).isEqualTo("https://fjordlys.no");
        assertThat(form.vmssRequest().merchant().principals().get(2).name()).isEqualTo("Åse Ødegård");
        assertThat(form.vmssRequest().merchant().merchantCategoryCodes()).containsExactly("5812");
        assertThat(form.vmssRequest().merchant().tradeOverInternet()).isTrue();
    }
}
