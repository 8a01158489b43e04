package io.accountsdesk.sandbox.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import io.accountsdesk.sandbox.support.SeedShapes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.accountsdesk.sandbox.support.SeedShapes.firstItem;
import static io.accountsdesk.sandbox.support.SeedShapes.keys;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the account lifecycle groups that has a response example in the seed answers with at least that
 * example's top-level keys. The example files are named in {@code spec/api/examples/examples.tsv}; where its role
 * guess is wrong (the onboarding link's and the signup verify's examples are responses, not requests) the file is
 * still compared with the answer.
 */
class AccountLifecycleSeedShapeTest {

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("lifecycle-shape");

    private static Api api;
    private static String token;

    @BeforeAll
    static void start() {
        api = OWN.api();
        token = OWN.token();
    }

    /** The examples.tsv rows of this area: file → "METHOD path". */
    private static Map<String, String> examples() {
        Map<String, String> files = new LinkedHashMap<>();
        for (SeedShapes.Example e : SeedShapes.examples()) {
            if (List.of(29, 30, 31, 32, 34, 35, 36, 37, 38, 39, 40, 41, 88, 98, 99, 100, 101, 102, 103).contains(e.op())
                    && !e.role().equals("error")) {
                files.put(e.file(), e.method() + " " + e.path() + " (" + e.role() + ")");
            }
        }
        return files;
    }

    private static void hasKeysOf(String file, Api.Reply reply) {
        assertThat(reply.status()).as(file + ": " + reply.body()).isBetween(200, 299);
        JsonNode object = firstItem(reply.json());
        assertThat(object).as(file + " answered " + reply.body()).isNotNull();
        assertThat(keys(object)).as("top-level keys of the answer compared with " + file)
                .containsAll(keys(firstItem(SeedShapes.json(file))));
    }

    @Test
    void everyResponseCarriesTheTopLevelKeysOfTheSeedsExample() {
        // The requests whose example the answers are compared with, so none is skipped silently.
        Map<String, String> compared = new LinkedHashMap<>();
        String accounts = api.accountsPath();

        ObjectNode body = AccountFixtures.newAccount("Form AS");
        body.set("custom_price_package", AccountFixtures.pricePackage(null));
        Api.Reply created = api.post(accounts, token, body);
        hasKeysOf("L02010.json", created);
        String id = created.json().get("account_id").asText();
        compared.put("L02010.json", "create");

        hasKeysOf("L03934.json", api.get(accounts + "/" + id, token));
        compared.put("L03934.json", "get");
        hasKeysOf("L05060.json", api.put(accounts + "/" + id, token, AccountFixtures.newAccount("Form AS")));
        compared.put("L05060.json", "update");

        ObjectNode comment = Api.JSON.createObjectNode().put("event_type", "comment").put("body", "hi")
                .put("visibility", "private");
        hasKeysOf("L06067.json", api.post(accounts + "/" + id + "/events", token, comment));
        compared.put("L06067.json", "add event");
        hasKeysOf("L06049.json", api.get(accounts + "/" + id + "/events", token));
        compared.put("L06049.json", "events");
        hasKeysOf("L06078.json", api.post(accounts + "/" + id + "/partner_onboarding_link", token, null));
        compared.put("L06078.json", "onboarding link");

        ObjectNode assign = Api.JSON.createObjectNode();
        assign.putArray("price_packages").addObject().put("price_package_id", "NO_DINTERO_PP001");
        hasKeysOf("L06091.json", api.put(accounts + "/" + id + "/price-packages", token, assign));
        compared.put("L06091.json", "assign packages");
        String packages = "/accounts/" + api.partnerId() + "/management/price-packages";
        hasKeysOf("L06113.json", api.get(packages, token));
        compared.put("L06113.json", "list packages");
        hasKeysOf("L06215.json", api.post(packages, token, AccountFixtures.pricePackage("SHAPE_PP")));
        compared.put("L06215.json", "create package");

        AccountFixtures.SignedUp merchant = AccountFixtures.signUp(api, token, "form@example.no", "Form Signup AS");
        compared.put("L11180.json", "verify");
        Api.Reply verified = verifyAnother();
        hasKeysOf("L11180.json", verified);
        String settings = "/accounts/" + merchant.accountId() + "/management/settings";
        hasKeysOf("L07230.json", api.get(settings, merchant.token()));
        compared.put("L07230.json", "settings");
        ObjectNode change = Api.JSON.createObjectNode();
        change.putObject("billing").put("reference", "Kari");
        hasKeysOf("L06343.json", api.put(settings, merchant.token(), change));
        compared.put("L06343.json", "update settings");
        api.put(accounts + "/" + merchant.accountId() + "/price-packages", token, assign);
        hasKeysOf("L11040.json", api.get("/accounts/" + merchant.accountId() + "/management/price-package",
                merchant.token()));
        compared.put("L11040.json", "account's package");
        hasKeysOf("L10599.json", api.post("/accounts/" + merchant.accountId() + "/management/assets", merchant.token(),
                Api.JSON.createObjectNode().put("size_bytes", 10).put("mime_type", "image/png")));
        compared.put("L10599.json", "upload url");

        ObjectNode prefill = AccountFixtures.newAccount("Forhånd AS");
        prefill.set("applicant", AccountFixtures.applicant("forhand@example.no"));
        prefill.putObject("account_manager").put("email", "nora.berg@dintero.com");
        Api.Reply prefilled = api.post("/accounts/" + api.partnerId() + "/signup/prefill", token, prefill);
        hasKeysOf("L11262.json", prefilled);
        compared.put("L11262.json", "create prefill");
        String prefillPath = "/accounts/" + api.partnerId() + "/signup/prefill/" + prefilled.json().get("prefill_id").asText();
        hasKeysOf("L11472.json", api.get(prefillPath, token));
        compared.put("L11472.json", "get prefill");
        hasKeysOf("L11399.json", api.post(prefillPath + "?authorize=Bearer", token, prefill));
        compared.put("L11399.json", "accept prefill");

        hasKeysOf("L02972.json", api.delete(accounts + "/" + id, token));
        compared.put("L02972.json", "delete");

        // Every response example of these operations was compared; the rest are request bodies.
        Map<String, String> all = examples();
        List<String> responses = all.entrySet().stream()
                .filter(e -> e.getValue().endsWith("(response)")).map(Map.Entry::getKey).toList();
        assertThat(compared.keySet()).containsAll(responses);
    }

    private static Api.Reply verifyAnother() {
        String email = "verify.shape@example.no";
        ObjectNode body = Api.JSON.createObjectNode();
        body.set("applicant", AccountFixtures.applicant(email));
        assertThat(api.post("/accounts/" + api.partnerId() + "/signup", token, body).status()).isEqualTo(204);
        String code = AccountFixtures.outbox(api, email).get(0).get("code").asText();
        return api.post("/accounts/" + api.partnerId() + "/signup/verify?verification_code=" + code
                + "&authorize=Bearer", token, null);
    }
}
