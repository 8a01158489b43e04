package io.accountsdesk.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.pricing.AccountPricePackages;
import io.accountsdesk.client.pricing.AccountPricePackagesUpdate;
import io.accountsdesk.client.pricing.NewPricePackage;
import io.accountsdesk.client.pricing.PriceAmount;
import io.accountsdesk.client.pricing.PriceDimension;
import io.accountsdesk.client.pricing.PricePackage;
import io.accountsdesk.client.pricing.PricePackageProduct;
import io.accountsdesk.client.pricing.PricePackageQuery;
import io.accountsdesk.client.pricing.PricePackageRef;
import io.accountsdesk.client.pricing.PricePackageType;
import io.accountsdesk.client.pricing.ProductPrice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Price packages: the partner's catalogue, assigning packages to a sub-account, and the account's own view. */
class E2ePricingTest {

    @RegisterExtension
    static final E2eSandbox SANDBOX = new E2eSandbox(3);

    private static ApiClient client() {
        return SANDBOX.client();
    }

    private static NewPricePackage cardPackage(String id) {
        return new NewPricePackage("Cards " + id, "Card capture for " + id, "Net 30", Map.of("segment", "retail"),
                List.of(new PricePackageProduct("checkout", "checkout.capture.card", List.of(new ProductPrice("blend",
                        List.of(new PriceAmount("EU cards", null, 250L, "0.025")),
                        List.of(new PriceDimension("currency", List.of("NOK", "SEK"))))))), id);
    }

    @Test
    void aCreatedPackageIsListedAndFoundById() {
        PricePackage created = client().pricing().create(cardPackage("E2E_CARDS"));
        assertThat(created.id()).isNotBlank();
        assertThat(created.pricePackageId()).isEqualTo("E2E_CARDS");
        assertThat(created.type()).isEqualTo(PricePackageType.DEFAULT);
        assertThat(created.products().get(0).prices().get(0).amounts().get(0).unitRate())
                .isEqualByComparingTo(new BigDecimal("0.025"));

        assertThat(client().pricing().list(PricePackageQuery.all().withPricePackageId("E2E_CARDS"), null).items())
                .extracting(PricePackage::id).containsExactly(created.id());
        assertThat(client().pricing().list(PricePackageQuery.all().withTypes(List.of(PricePackageType.ACCOUNT)), null)
                .items()).noneMatch(p -> p.id().equals(created.id()));
    }

    @Test
    void theCatalogueStreamsPageByPageWithoutRepeats() {
        for (int i = 0; i < 3; i++) {
            client().pricing().create(cardPackage("E2E_PAGE_" + i));
        }
        List<String> ids = client().pricing().stream(PricePackageQuery.all().withLimit(2))
                .map(PricePackage::pricePackageId).collect(Collectors.toList());
        assertThat(ids).doesNotHaveDuplicates().contains("E2E_PAGE_0", "E2E_PAGE_1", "E2E_PAGE_2");
        assertThat(ids).hasSize(client().pricing().list(PricePackageQuery.all().withLimit(100), null).items().size());
    }

    @Test
    void aTakenIdIsAConflict() {
        client().pricing().create(cardPackage("E2E_TWICE"));
        assertThatThrownBy(() -> client().pricing().create(cardPackage("E2E_TWICE")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void assigningPackagesGivesTheAccountItsPackage() {
        client().pricing().create(cardPackage("E2E_ASSIGNED"));
        Account account = client().accounts().list(AccountQuery.all().withLimit(1), null).items().get(0);

        AccountPricePackages set = client().pricing().setForAccount(account.accountId(),
                AccountPricePackagesUpdate.of("E2E_ASSIGNED"));
        assertThat(set.pricePackages()).containsExactly(new PricePackageRef("E2E_ASSIGNED"));

        PricePackage own = client().actingOn(account.accountId()).pricing().ofAccount(account.accountId());
        assertThat(own.pricePackageId()).isEqualTo("E2E_ASSIGNED");
        assertThat(client().accounts().get(account.accountId()).pricePackage()).isEqualTo("E2E_ASSIGNED");
    }

    @Test
    void anUnknownPackageIsRefusedOnItsField() {
        String aid = client().accounts().list(AccountQuery.all().withLimit(1), null).items().get(0).accountId();
        assertThatThrownBy(() -> client().pricing().setForAccount(aid,
                        AccountPricePackagesUpdate.of("NO_SUCH_PACKAGE")))
                .isInstanceOfSatisfying(ApiException.Validation.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> assertThat(error.field()).contains("price_package_id")));
    }
}
