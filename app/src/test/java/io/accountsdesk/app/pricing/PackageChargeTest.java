package io.accountsdesk.app.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.client.pricing.PriceAmount;
import io.accountsdesk.client.pricing.PriceDimension;
import io.accountsdesk.client.pricing.PricePackage;
import io.accountsdesk.client.pricing.PricePackageProduct;
import io.accountsdesk.client.pricing.ProductPrice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A month's charge: flat amounts per transaction plus rates on the volume, in the price of the right currency. */
class PackageChargeTest {

    private static final PricePackage PACKAGE = new PricePackage("id", null, null, null, null, null, "P", null, null,
            null, List.of(new PricePackageProduct("checkout", "capture.card", List.of(
                    new ProductPrice("fixed", List.of(new PriceAmount("fee", null, 100L, "0.019")),
                            List.of(new PriceDimension("currency", List.of("NOK")))),
                    new ProductPrice("fixed", List.of(new PriceAmount("fee", null, 150L, "0.025")),
                            List.of(new PriceDimension("currency", List.of("SEK"))))))),
            "PP", "pristine", null);

    @Test
    void flatPerTransactionPlusTheRateOnTheVolumeInTheCurrencysPrice() {
        // 10 × 1.00 NOK + 1.9 % of 1 000.00 NOK = 10.00 + 19.00 = 29.00 NOK
        assertThat(PackageCharge.of(PACKAGE, "capture.card", 10, 100_000, "NOK")).contains(2_900L);
        // 10 × 1.50 SEK + 2.5 % of 1 000.00 SEK = 15.00 + 25.00 = 40.00 SEK
        assertThat(PackageCharge.of(PACKAGE, "capture.card", 10, 100_000, "SEK")).contains(4_000L);
        // A rate's result is rounded half-even to the öre: 1.9 % of 0.50 NOK is 0.95 öre, so 1 öre.
        assertThat(PackageCharge.of(PACKAGE, "capture.card", 0, 50, "NOK")).contains(1L);
        assertThat(PackageCharge.of(PACKAGE, "capture.card", 1, 0, "DKK")).isEmpty();
        assertThat(PackageCharge.of(PACKAGE, "refund", 1, 0, "NOK")).isEmpty();
    }
}
