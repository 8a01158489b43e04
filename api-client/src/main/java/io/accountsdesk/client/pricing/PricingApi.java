package io.accountsdesk.client.pricing;

import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.Cancellation;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;
import io.accountsdesk.client.paging.Page;
import io.accountsdesk.client.paging.Paging;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Price packages: the partner's catalogue ({@code /accounts/{oid}/management/price-packages}), which of them an
 * account may use, and the package an account has.
 */
public final class PricingApi {

    public static final Operation LIST = Operation.get("/accounts/{oid}/management/price-packages")
            .response(PricePackageList.class);
    /** GUESSED path (ENDPOINTS.md #39): the same path as the list, as the docs' sibling pages suggest. */
    public static final Operation CREATE = Operation.post("/accounts/{oid}/management/price-packages")
            .request(NewPricePackage.class).response(PricePackageEnvelope.class);
    public static final Operation SET_FOR_ACCOUNT = Operation
            .put("/accounts/{oid}/management/accounts/{aid}/price-packages")
            .request(AccountPricePackagesUpdate.class).response(AccountPricePackages.class);
    public static final Operation OF_ACCOUNT = Operation.get("/accounts/{aid}/management/price-package")
            .response(PricePackageEnvelope.class);

    private final HttpTransport transport;
    private final String oid;

    /** @param oid the partner account whose price packages these are */
    public PricingApi(HttpTransport transport, String oid) {
        this.transport = transport;
        this.oid = oid;
    }

    /**
     * One page of the partner's price packages after {@code startingAfter} ({@code null} for the first page).
     *
     * <p>The answer names a {@code starting_after} of its own, but the seed does not say whether that is the next
     * cursor or an echo of ours. It is used as the next cursor only when it differs from the one sent (an echo would
     * fetch the same page forever); otherwise the last package's {@code id} is, as for every other list.
     */
    public Page<PricePackage> list(PricePackageQuery query, String startingAfter) {
        PricePackageList answer = transport.send(ApiRequest.to(LIST)
                .path("oid", oid)
                .query("limit", query.limit())
                .query("starting_after", startingAfter)
                .queryAll("type", query.typeValues())
                .query("price_package_id", query.pricePackageId()));
        List<PricePackage> items = answer == null || answer.pricePackages() == null ? List.of()
                : answer.pricePackages();
        String named = answer == null ? null : answer.startingAfter();
        boolean usable = named != null && !named.isBlank() && !Objects.equals(named, startingAfter);
        return Paging.byCursor(items, query.limit(), last -> usable ? named : last.id());
    }

    /** Every matching price package, fetched page by page as the stream is consumed. */
    public Stream<PricePackage> stream(PricePackageQuery query) {
        return stream(query, Cancellation.NEVER);
    }

    /** Every matching price package, fetched page by page until the stream ends or {@code cancellation} fires. */
    public Stream<PricePackage> stream(PricePackageQuery query, Cancellation cancellation) {
        return Paging.items(cursor -> list(query, cursor), cancellation);
    }

    /** Adds a price package to the partner's catalogue, for use when creating accounts. */
    public PricePackage create(NewPricePackage pricePackage) {
        PricePackageEnvelope answer = transport.send(ApiRequest.to(CREATE).path("oid", oid).body(pricePackage));
        return answer == null ? null : answer.pricePackage();
    }

    /** Sets which of the partner's price packages the sub-account {@code accountId} may use. */
    public AccountPricePackages setForAccount(String accountId, AccountPricePackagesUpdate update) {
        return transport.send(ApiRequest.to(SET_FOR_ACCOUNT).path("oid", oid).path("aid", accountId).body(update));
    }

    /** The price package currently set on {@code accountId}. */
    public PricePackage ofAccount(String accountId) {
        PricePackageEnvelope answer = transport.send(ApiRequest.to(OF_ACCOUNT).path("aid", accountId));
        return answer == null ? null : answer.pricePackage();
    }
}
