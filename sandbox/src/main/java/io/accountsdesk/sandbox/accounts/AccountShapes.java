package io.accountsdesk.sandbox.accounts;

import io.accountsdesk.sandbox.http.Shape;
import io.accountsdesk.sandbox.pricing.PricePackages;
import java.util.List;

/**
 * The request bodies of the account operations (create, update, settings, signup), written from the seed.
 *
 * <p>The seed's text rendering kept only the top level of these bodies (which objects are required, the enums of
 * {@code progression}, {@code sale_channel}, {@code actions}, the {@code partner_id} pattern); the rules inside
 * {@code applicant}, {@code company} and {@code billing} were lost. Inside them the sandbox checks types, the formats
 * the seed's field names and examples make plain (emails, two-letter countries), and the few fields it cannot do
 * without:
 * <ul>
 *   <li>{@code applicant.email}: the signup code and the invitations go there (Dintero's published reference also
 *       lists it first among the applicant's required fields);</li>
 *   <li>{@code company.business_name}: every account has a name, the list searches it, and the accounts table
 *       requires it;</li>
 *   <li>lengths of names, organisation numbers and the account manager's email: the accounts table's columns
 *       (200, 32 and 200 characters), so a long value is a 400 naming the field rather than a database error.</li>
 * </ul>
 * Optional values may be {@code null}, which clears them on update (stored accounts carry {@code null}s too).
 */
public final class AccountShapes {

    /** The seed's {@code oid} short form for partners, as {@code partner_id} in a body: T123. */
    static final String SHORT_PARTNER = "^[PT]{1}(?=(?:.{3})$)[0-9]*$";
    /** BCP 47 as far as a form needs it: {@code nb}, {@code en-GB}, {@code sv-SE}. */
    static final String BCP_47 = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$";

    private AccountShapes() {
    }

    static Shape text() {
        return Shape.string().nullable();
    }

    static Shape text(int max) {
        return Shape.string().maxLength(max).nullable();
    }

    static Shape email() {
        return Shape.string().email().maxLength(200).nullable();
    }

    public static Shape address() {
        return Shape.object()
                .field("address_line", text())
                .field("address_line_2", text())
                .field("postal_code", text())
                .field("postal_place", text())
                .field("country", Shape.string().pattern("^[A-Z]{2}$",
                        "must be a two-letter ISO 3166-1 country code in capitals, like NO").nullable())
                .nullable();
    }

    /** The seed's {@code AccountApplicant}. */
    public static Shape applicant() {
        return Shape.object()
                .field("first_name", text())
                .field("last_name", text())
                .field("email", Shape.string().email().maxLength(200), true)
                .field("phone_number", text())
                .field("agreement", Shape.object()
                        .field("name", text())
                        .field("version", text())
                        .field("personal_guarantee_accepted", Shape.bool().nullable())
                        .field("attachments", Shape.array(Shape.object()
                                .field("name", text())
                                .field("version", text())).nullable())
                        .nullable())
                .field("recaptcha_sitekey", text())
                .field("recaptcha_response", text())
                .field("promo_code", text())
                .field("signup_reference", text())
                .field("utm", Shape.object()
                        .field("utm_source", text())
                        .field("utm_medium", text())
                        .field("utm_campaign", text())
                        .field("utm_term", text())
                        .field("utm_content", text())
                        .nullable());
    }

    /** The seed's {@code AccountCompany}, whole (create, update, signup). */
    public static Shape company() {
        return company(true);
    }

    /**
     * @param nameRequired false where a company merges into a stored one (settings), so only the fields to change
     *                     need to be sent
     */
    public static Shape company(boolean nameRequired) {
        return Shape.object()
                .field("business_name", Shape.string().minLength(1).maxLength(200), nameRequired)
                .field("display_name", text(200))
                .field("organization_number", text(32))
                .field("industry", text())
                .field("bank_name", text())
                .field("account_number", text())
                .field("address", address())
                .field("email", email())
                .field("technical_email", email())
                .field("phone_number", text())
                .field("merchant_category_code", text())
                .field("average_transaction_value", text())
                .field("most_expensive_product_price", text())
                .field("projected_sales", text());
    }

    /** The seed's {@code AccountBilling}. */
    public static Shape billing() {
        return Shape.object()
                .field("business_name", text(200))
                .field("organization_number", text(32))
                .field("address", address())
                .field("email", email())
                .field("reference", text())
                .field("phone_number", text());
    }

    public static Shape accountManager() {
        return Shape.object().field("email", email()).nullable();
    }

    /** {@code {requested, status}} of one feature; the seed lists no enums for these. */
    private static Shape feature() {
        return Shape.object()
                .field("requested", text())
                .field("status", text())
                .nullable();
    }

    /** {@code <service>: {features: {<feature>: {requested, status}}, status}}, as checkout and the others take it. */
    private static Shape service() {
        return Shape.object()
                .field("features", Shape.map(feature()).nullable())
                .field("status", text())
                .nullable();
    }

    /**
     * {@code services}. Payout's {@code features} comes in two shapes in the seed, and both are accepted: the settings
     * example (line 6332) puts the features straight in it ({@code features.split_payment.requested}), while the
     * account create and update examples (lines 1816, 4916) make it the payout service's own record
     * ({@code features.status}, {@code features.progression}, {@code features.metadata}, and the features under
     * {@code features.features}).
     */
    public static Shape services() {
        Shape.ObjectShape payoutFeatures = Shape.object()
                .field("status", text())
                .field("progression", text())
                .field("metadata", Shape.any())
                .field("features", Shape.map(feature()).nullable())
                .field("split_payment", feature())
                .field("daily_payouts", feature());
        Shape.ObjectShape services = Shape.object()
                .field("payout", Shape.object()
                        .field("features", payoutFeatures.nullable())
                        .field("status", text())
                        .nullable());
        for (String name : List.of("checkout", "customers", "discounts", "shopping", "receipts", "wallets")) {
            services.field(name, service());
        }
        return services.nullable();
    }

    static Shape subscription() {
        return Shape.object()
                .field("interval", text())
                .field("plan", text())
                .field("support", text())
                .field("metadata", Shape.any())
                .nullable();
    }

    static Shape permissions() {
        return Shape.array(Shape.object()
                .field("effect", text())
                .field("action", Shape.array(Shape.string()).nullable())).nullable();
    }

    static Shape statistics() {
        return Shape.object().field("metrics", Shape.map(text()).nullable()).nullable();
    }

    /** What create (POST) and update (PUT) share: the seed lists these on both. */
    private static Shape.ObjectShape accountFields() {
        return Shape.object()
                .field("applicant", applicant(), true)
                .field("company", company(), true)
                .field("billing", billing(), true)
                .field("partner_id", Shape.string().pattern(SHORT_PARTNER,
                        "must be a partner's short id: P or T and 3 digits, like T123"))
                .field("subscription", subscription())
                .field("livemode", Shape.bool())
                .field("language_code", Shape.string().pattern(BCP_47,
                        "must be a BCP 47 language tag like nb, en or sv-SE").nullable())
                .field("progression", Shape.string().oneOf("applied", "live", "frozen", "deactivated"))
                .field("reseller_id", text())
                .field("account_manager", accountManager())
                .field("permissions", permissions())
                .field("sale_channel", Shape.string().oneOf("DIRECT", "INBOUND", "PARTNER", "REFERRAL").nullable())
                .field("price_package", Shape.string().minLength(1).maxLength(200).nullable())
                .field("statistics", statistics())
                .field("services", services());
    }

    /** POST /accounts/{oid}/management/accounts (seed line 1789). */
    public static final Shape NEW_ACCOUNT = accountFields()
            .field("invites", Shape.array(Shape.string().email()))
            .field("invite_users", Shape.array(Shape.object()
                    .field("email", Shape.string().email(), true)
                    .field("first_name", text())
                    .field("last_name", text())))
            .field("invitation_note", text())
            .field("actions", Shape.array(Shape.string().oneOf("send_invite")))
            .field("custom_price_package", PricePackages.customShape());

    /** PUT /accounts/{oid}/management/accounts/{aid} (seed line 4892): as create, plus {@code active}. */
    public static final Shape ACCOUNT_UPDATE = accountFields()
            .field("active", Shape.bool());
}
