package io.accountsdesk.sandbox.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The list's search follows every write route over HTTP: create, update (a rename) and delete. */
class AccountSearchWritesTest {

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("search-writes");

    private static List<String> search(String term) {
        JsonNode page = OWN.api().get(OWN.api().accountsPath() + "?limit=100&search=" + Api.enc(term), OWN.token()).json();
        return StreamSupport.stream(page.spliterator(), false).map(a -> a.get("account_id").asText()).toList();
    }

    @Test
    void aCreatedRenamedAndDeletedAccountIsFoundByItsCurrentNameOnly() {
        Api api = OWN.api();
        String id = AccountFixtures.created(api.post(api.accountsPath(), OWN.token(), AccountFixtures.newAccount("Øyvindsgård Bryggeri AS")))
                .get("account_id").asText();
        assertThat(search("ØYVINDSGÅRD")).containsExactly(id);
        assertThat(search("gård bryg")).containsExactly(id);

        // An update body as the seed wants it: applicant, company and billing.
        var rename = Api.JSON.createObjectNode();
        rename.set("applicant", AccountFixtures.applicant("ola@example.no"));
        rename.set("company", Api.JSON.createObjectNode().put("business_name", "Æbeltoft Sylteri AS")
                .put("display_name", "Æbeltoft Sylteri"));
        rename.set("billing", AccountFixtures.billing("Æbeltoft Sylteri AS"));
        Api.Reply renamed = api.put(api.accountsPath() + "/" + id, OWN.token(), rename);
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(search("øyvindsgård")).isEmpty();
        assertThat(search("ÆBELTOFT")).containsExactly(id);

        assertThat(api.delete(api.accountsPath() + "/" + id, OWN.token()).status()).isEqualTo(200);
        assertThat(search("æbeltoft")).isEmpty();
    }
}
