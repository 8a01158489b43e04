package io.accountsdesk.sandbox.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.accounts.AccountFixtures;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static io.accountsdesk.sandbox.accounts.AccountFixtures.errorCode;
import static io.accountsdesk.sandbox.accounts.AccountFixtures.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

/** The partner's price-package catalogue, assigning packages to accounts, and an account's own package. */
class PricingRoutesTest {

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("pricing");

    private static Api api;
    private static String token;
    private static String packages;

    @BeforeAll
    static void start() {
        api = OWN.api();
        token = OWN.token();
        packages = "/accounts/" + api.partnerId() + "/management/price-packages";
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("price_packages").forEach(p -> ids.add(p.get("price_package_id").asText()));
        return ids;
    }

    @Test
    void theSeededCatalogueNamesThePackagesTheDemoAccountsUse() {
        JsonNode all = api.get(packages + "?type=default&limit=100", token).json();
        List<String> seeded = ids(all).stream().filter(id -> id.contains("_DINTERO_PP")).toList();
        assertThat(seeded).hasSize(16);
        assertThat(seeded.subList(0, 5)).containsExactly("NO_DINTERO_PP001", "NO_DINTERO_PP002", "NO_DINTERO_PP003",
                "NO_DINTERO_PP004", "SE_DINTERO_PP001");
        assertThat(seeded).contains("DK_DINTERO_PP003", "FI_DINTERO_PP004");
        JsonNode first = api.get(packages + "?price_package_id=NO_DINTERO_PP001", token).json()
                .get("price_packages").get(0);
        assertThat(first.get("type").asText()).isEqualTo("default");
        assertThat(first.get("creation_state").asText()).isEqualTo("pristine");
        assertThat(first.get("products").get(0).get("prices").get(0).get("amounts").get(0).get("unit_amount").asText())
                .matches("0\\.\\d+");
        for (JsonNode account : api.get(api.accountsPath() + "?limit=20", token).json()) {
            assertThat(seeded).contains(account.get("price_package").asText());
        }
    }

    @Test
    void theListPagesWithLimitAndStartingAfter() {
        JsonNode page = api.get(packages + "?limit=3", token).json();
        assertThat(page.get("price_packages")).hasSize(3);
        String cursor = page.get("starting_after").asText();
        assertThat(cursor).isEqualTo(ids(page).get(2));
        JsonNode next = api.get(packages + "?limit=3&starting_after=" + cursor, token).json();
        JsonNode byId = api.get(packages + "?limit=3&starting_after="
                + page.get("price_packages").get(2).get("id").asText(), token).json();
        assertThat(next).isEqualTo(byId);
        assertThat(ids(next)).doesNotContainAnyElementsOf(ids(page));

        JsonNode everything = api.get(packages + "?limit=100", token).json();
        assertThat(everything.get("starting_after").isNull()).isTrue();
        assertThat(api.get(packages, token).json().get("price_packages")).hasSize(10);
        JsonNode one = api.get(packages + "?price_package_id=SE_DINTERO_PP001", token).json();
        assertThat(ids(one)).containsExactly("SE_DINTERO_PP001");
    }

    @Test
    void theListValidatesItsQuery() {
        assertThat(errorFields(api.get(packages + "?limit=0&type=custom&starting_after=nope", token), 400, "query"))
                .containsExactlyInAnyOrder("limit", "type", "starting_after");
        assertThat(errorFields(api.get(packages + "?price_package_id=a&price_package_id=b", token), 400, "query"))
                .containsExactly("price_package_id");
        assertThat(api.get(packages, null).status()).isEqualTo(401);
        assertThat(api.get("/accounts/T45600000/management/price-packages", token).status()).isEqualTo(403);
    }

    @Test
    void aCreatedPackageIsPristineFirstInTheListAndItsIdIsUnique() {
        Api.Reply reply = api.post(packages, token, AccountFixtures.pricePackage("TEST_PP_CREATE"));
        JsonNode created = AccountFixtures.created(reply).get("price_package");
        assertThat(created.get("price_package_id").asText()).isEqualTo("TEST_PP_CREATE");
        assertThat(created.get("type").asText()).isEqualTo("default");
        assertThat(created.get("creation_state").asText()).isEqualTo("pristine");
        assertThat(created.get("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(api.get(packages + "?limit=1", token).json().get("price_packages").get(0)).isEqualTo(created);
        assertThat(errorCode(api.post(packages, token, AccountFixtures.pricePackage("TEST_PP_CREATE")), 409))
                .isEqualTo("conflict");
    }

    @Test
    void createValidatesTheBodyAndStoresNothingWhenRejected() {
        ObjectNode body = AccountFixtures.pricePackage("TEST_PP_BAD");
        body.remove("description");
        ((ObjectNode) body.get("products").get(0).get("prices").get(0).get("amounts").get(0)).put("unit_amount", "2,5%");
        assertThat(errorFields(api.post(packages, token, body), 400, "body")).containsExactlyInAnyOrder("description",
                "products[0].prices[0].amounts[0].unit_amount");
        assertThat(errorFields(api.post(packages, token, "{}"), 400, "body"))
                .containsExactlyInAnyOrder("name", "description", "products", "price_package_id");
        assertThat(ids(api.get(packages + "?price_package_id=TEST_PP_BAD", token).json())).isEmpty();
    }

    @Test
    void assigningPackagesToAnAccountSetsItsPackageAndTheAccountCanReadIt() {
        AccountFixtures.SignedUp merchant = AccountFixtures.signUp(api, token, "pris@example.no", "Pris AS");
        String assign = api.accountsPath() + "/" + merchant.accountId() + "/price-packages";
        String own = "/accounts/" + merchant.accountId() + "/management/price-package";
        assertThat(errorCode(api.get(own, merchant.token()), 404)).isEqualTo("not_found");

        ObjectNode body = Api.JSON.createObjectNode();
        body.putArray("price_packages").addObject().put("price_package_id", "NO_DINTERO_PP002");
        ((com.fasterxml.jackson.databind.node.ArrayNode) body.get("price_packages")).addObject()
                .put("price_package_id", "NO_DINTERO_PP003");
        Api.Reply reply = api.put(assign, token, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode set = reply.json();
        assertThat(set.get("price_packages")).extracting(p -> p.get("price_package_id").asText())
                .containsExactly("NO_DINTERO_PP002", "NO_DINTERO_PP003");
        assertThat(set.get("id").asText()).isNotBlank();
        assertThat(api.get(api.accountsPath() + "/" + merchant.accountId(), token).json().get("price_package").asText())
                .isEqualTo("NO_DINTERO_PP002");

        Api.Reply ownPackage = api.get(own, merchant.token());
        assertThat(ownPackage.status()).as(ownPackage.body()).isEqualTo(200);
        assertThat(ownPackage.json().get("price_package").get("price_package_id").asText()).isEqualTo("NO_DINTERO_PP002");

        // Still allowed: the account keeps its package; the assignment keeps its id.
        body.remove("price_packages");
        body.putArray("price_packages").addObject().put("price_package_id", "NO_DINTERO_PP003");
        ((com.fasterxml.jackson.databind.node.ArrayNode) body.get("price_packages")).addObject()
                .put("price_package_id", "NO_DINTERO_PP002");
        JsonNode again = api.put(assign, token, body).json();
        assertThat(again.get("id")).isEqualTo(set.get("id"));
        assertThat(api.get(own, merchant.token()).json().get("price_package").get("price_package_id").asText())
                .isEqualTo("NO_DINTERO_PP002");
    }

    @Test
    void assigningValidatesEveryIdAndTheAccount() {
        String account = api.get(api.accountsPath() + "?limit=1", token).json().get(0).get("account_id").asText();
        String before = api.get(api.accountsPath() + "/" + account, token).json().get("price_package").asText();
        ObjectNode body = Api.JSON.createObjectNode();
        var items = body.putArray("price_packages");
        items.addObject().put("price_package_id", "NO_DINTERO_PP001");
        items.addObject().put("price_package_id", "NOPE");
        items.addObject();
        assertThat(errorFields(api.put(api.accountsPath() + "/" + account + "/price-packages", token, body), 400, "body"))
                .containsExactly("price_packages[2].price_package_id");
        items.remove(2);
        assertThat(errorFields(api.put(api.accountsPath() + "/" + account + "/price-packages", token, body), 400, "body"))
                .containsExactly("price_packages[1].price_package_id");
        assertThat(api.get(api.accountsPath() + "/" + account, token).json().get("price_package").asText())
                .isEqualTo(before);
        assertThat(errorCode(api.put(api.accountsPath() + "/T99999995/price-packages", token, body), 404))
                .isEqualTo("not_found");
        assertThat(errorFields(api.put(api.accountsPath() + "/" + account + "/price-packages", token, "{}"), 400, "body"))
                .containsExactly("price_packages");
    }

    @Test
    void anAccountsPackageIsReadWithATokenForThatAccountOnly() {
        String account = api.get(api.accountsPath() + "?limit=1", token).json().get(0).get("account_id").asText();
        assertThat(errorCode(api.get("/accounts/" + account + "/management/price-package", token), 403))
                .isEqualTo("forbidden");
        // The partner is nobody's sub-account and has no package of its own.
        assertThat(errorCode(api.get("/accounts/" + api.partnerId() + "/management/price-package", token), 404))
                .isEqualTo("not_found");
    }
}
