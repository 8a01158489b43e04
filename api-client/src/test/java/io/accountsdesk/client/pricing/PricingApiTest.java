package io.accountsdesk.client.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.MockApi;
import io.accountsdesk.client.http.InvalidParameterException;
import io.accountsdesk.client.paging.Page;
import java.math.BigDecimal;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PricingApiTest {

    private final MockApi api = new MockApi();
    private final PricingApi pricing = new PricingApi(api.transport, "T12300000");

    @AfterEach
    void close() {
        api.close();
    }

    private static String packages(String startingAfter, String... ids) {
        StringBuilder items = new StringBuilder();
        for (String id : ids) {
            items.append(items.isEmpty() ? "" : ",").append("{\"id\":\"").append(id).append("\",\"type\":\"default\"}");
        }
        return "{\"starting_after\":" + (startingAfter == null ? "null" : "\"" + startingAfter + "\"")
                + ",\"price_packages\":[" + items + "]}";
    }

    @Test
    void listSendsEveryFilterTheSeedGives() {
        api.answer(packages(null));
        pricing.list(PricePackageQuery.all().withTypes(List.of(PricePackageType.DEFAULT, PricePackageType.ACCOUNT))
                .withPricePackageId(" NO_DINTERO_PP001 ").withLimit(25), "pp-9");

        RecordedRequest request = api.take();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12300000/management/price-packages");
        assertThat(request.getUrl().queryParameterValues("type")).containsExactly("default", "account");
        assertThat(request.getUrl().queryParameter("price_package_id")).isEqualTo("NO_DINTERO_PP001");
        assertThat(request.getUrl().queryParameter("limit")).isEqualTo("25");
        assertThat(request.getUrl().queryParameter("starting_after")).isEqualTo("pp-9");
    }

    @Test
    void theAnswersOwnCursorIsUsedWhenItIsNotAnEchoOfOurs() {
        api.answer(packages("server-cursor", "a", "b"));
        Page<PricePackage> page = pricing.list(PricePackageQuery.all().withLimit(2), null);
        assertThat(page.items()).extracting(PricePackage::id).containsExactly("a", "b");
        assertThat(page.nextCursor()).isEqualTo("server-cursor");
    }

    @Test
    void anEchoedCursorFallsBackToTheLastIdSoPagingNeverRepeatsAPage() {
        api.answer(packages("b", "c", "d"));
        Page<PricePackage> page = pricing.list(PricePackageQuery.all().withLimit(2), "b");
        assertThat(page.nextCursor()).isEqualTo("d");
    }

    @Test
    void streamingWalksEveryPageOnce() {
        api.answer(packages(null, "a", "b")).answer(packages("b", "c"));
        List<PricePackage> all = pricing.stream(PricePackageQuery.all().withLimit(2)).toList();
        assertThat(all).extracting(PricePackage::id).containsExactly("a", "b", "c");
        assertThat(api.take().getUrl().queryParameter("starting_after")).isNull();
        assertThat(api.take().getUrl().queryParameter("starting_after")).isEqualTo("b");
        assertThat(api.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aShortPageIsTheLast() {
        api.answer(packages("ignored", "a"));
        assertThat(pricing.list(PricePackageQuery.all().withLimit(2), null).hasMore()).isFalse();
    }

    @Test
    void queryKeepsLimitInTheSeedRange() {
        assertThatThrownBy(() -> PricePackageQuery.all().withLimit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PricePackageQuery.all().withLimit(101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PricePackageQuery.all().withPricePackageId("  ").pricePackageId()).isNull();
    }

    @Test
    void createAndOfAccountUnwrapThePackage() {
        String wrapped = "{\"price_package\":{\"id\":\"p1\",\"price_package_id\":\"FJORD\",\"type\":\"account\"}}";
        api.answer(wrapped).answer(wrapped);
        PricePackage created = pricing.create(new NewPricePackage("Fjord", "Special", null, null, List.of(), "FJORD"));
        PricePackage current = pricing.ofAccount("T12345678");

        assertThat(api.take().getUrl().encodedPath()).isEqualTo("/v1/accounts/T12300000/management/price-packages");
        assertThat(api.take().getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/management/price-package");
        assertThat(created.pricePackageId()).isEqualTo("FJORD");
        assertThat(current.type()).isEqualTo(PricePackageType.ACCOUNT);
    }

    @Test
    void setForAccountReplacesTheAccountsPackages() {
        api.answer("{\"id\":\"x\",\"price_packages\":[{\"price_package_id\":\"A\"},{\"price_package_id\":\"B\"}]}");
        AccountPricePackages result = pricing.setForAccount("T12345678", AccountPricePackagesUpdate.of("A", "B"));

        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getUrl().encodedPath())
                .isEqualTo("/v1/accounts/T12300000/management/accounts/T12345678/price-packages");
        assertThat(MockApi.body(request).toString())
                .isEqualTo("{\"price_packages\":[{\"price_package_id\":\"A\"},{\"price_package_id\":\"B\"}]}");
        assertThat(result.pricePackages()).extracting(PricePackageRef::pricePackageId).containsExactly("A", "B");
        assertThatThrownBy(() -> pricing.setForAccount("T1", AccountPricePackagesUpdate.of()))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void unitAmountIsADecimalString() {
        assertThat(new PriceAmount(null, null, null, "0.025").unitRate()).isEqualByComparingTo(new BigDecimal("0.025"));
        assertThat(new PriceAmount(null, null, null, null).unitRate()).isNull();
    }
}
