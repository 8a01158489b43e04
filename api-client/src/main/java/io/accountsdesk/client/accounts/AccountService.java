package io.accountsdesk.client.accounts;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One of an account's services (checkout, payout, customers…) as the server reports it. The services share these
 * fields; checkout adds its gateways and payment features, payout its payout features, see {@link AccountServices}.
 */
public sealed interface AccountService permits CheckoutService, PayoutService, StandardService {

    OffsetDateTime createdAt();

    String createdBy();

    OffsetDateTime updatedAt();

    String updatedBy();

    /** The service's state, {@code enabled} for example. */
    String status();

    /** How far the merchant's application for the service has come, {@code not_applied} for example. */
    String progression();

    Map<String, Object> metadata();

    /** Feature name to feature, for the features the merchant asked for; empty for services without features. */
    Map<String, ServiceFeature> featureStatuses();
}
