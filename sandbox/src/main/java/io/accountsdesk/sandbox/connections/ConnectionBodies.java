package io.accountsdesk.sandbox.connections;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Shape;

import java.util.List;

/**
 * The request bodies of the connection routes, written from the seed (lines 8114-10220 and 6018-6031).
 *
 * <p>The seed names each signup body only as {@code signup required | object (XConnectionSignup)} and shows an
 * example; it marks no field inside a signup as required. So inside {@code signup} nothing is required, but every
 * field the example shows must have the example's type, and where the example shows a formatted value instead of the
 * placeholder {@code "string"} the format is checked: e-mails, dates, {@code case_id} UUIDs, currencies (ISO 4217),
 * percentages (0-100); countries are ISO 3166-1 codes where the seed says {@code <iso-3166-1>}. Callback and
 * event bodies list their required fields, and those are required here. Payment option types must belong to the
 * provider ({@code swish.swish} for Swish…): the seed shows one per provider, and a Swish signup enabling
 * {@code klarna.klarna} would make the account list's {@code payment_option} filter lie.
 */
final class ConnectionBodies {

    private ConnectionBodies() {
    }

    static final Shape.StringShape TEXT = Shape.string();
    static final Shape CURRENCY = Shape.string().pattern("^[A-Z]{3}$", "must be a 3-letter ISO 4217 currency code such as NOK");
    static final Shape COUNTRY = Shape.string().pattern("^[A-Z]{2}$", "must be a 2-letter ISO 3166-1 country code such as NO");
    static final Shape PERCENTAGE = Shape.number().min(0).max(100);
    static final Shape MCC = Shape.integer().min(0).max(9999);
    static final Shape CASE_ID = Shape.string().uuid();

    static Shape.ArrayShape paymentOptions(Provider provider) {
        return Shape.array(Shape.object()
                .field("type", Shape.string().pattern(provider.typePattern, "must be " + provider.typeExample), true)
                .field("currencies", Shape.array(CURRENCY).minItems(1))).minItems(1);
    }

    private static final Shape ADDRESS = Shape.object()
            .field("address_line", TEXT)
            .field("address_line_2", TEXT)
            .field("postal_code", TEXT)
            .field("postal_place", TEXT)
            .field("country", COUNTRY);

    private static Shape revenue(boolean withEstimates) {
        Shape.ObjectShape revenue = Shape.object()
                .field("currency", CURRENCY)
                .field("yearly_revenue", TEXT)
                .field("highest_transaction_amount", TEXT)
                .field("average_amount", TEXT)
                .field("accept_prepaid", Shape.bool())
                .field("subscriptions_or_memberships", Shape.bool())
                .field("gift_cards", Shape.bool());
        if (withEstimates) {
            revenue.field("estimated_percentage_per_payment_type", Shape.array(Shape.object()
                    .field("percentage", PERCENTAGE)
                    .field("type", TEXT)));
        }
        return revenue;
    }

    private static Shape ownership(boolean detailed) {
        Shape.ObjectShape owner = Shape.object()
                .field("name", TEXT)
                .field("legal_name", TEXT)
                .field("date_of_birth", Shape.string().date())
                .field("percentage", PERCENTAGE);
        if (detailed) {
            owner.field("social_security_number", TEXT).field("address", ADDRESS);
        }
        return Shape.object()
                .field("ownership_structure", TEXT)
                .field("owners", Shape.array(owner));
    }

    private static Shape verifications(boolean withUrls) {
        Shape.ObjectShape v = Shape.object()
                .field("terms_and_conditions", Shape.bool())
                .field("terms_and_conditions_url", TEXT)
                .field("contact_information", Shape.bool())
                .field("payment_site", Shape.bool())
                .field("clear_pricing", Shape.bool())
                .field("payment_product_logos", Shape.bool());
        if (withUrls) {
            v.field("payment_site_url", TEXT).field("demo_site_url", TEXT);
        }
        return v;
    }

    private static final Shape SIGNATURE = Shape.object()
            // The seed's example shows "string" here, not an address: no e-mail format is promised.
            .field("signatures", Shape.array(Shape.object()
                    .field("name", TEXT)
                    .field("email", TEXT)))
            .field("politically_exposed_person", Shape.bool())
            .field("politically_exposed_associated", Shape.bool());

    private static final Shape CONTACT = Shape.object()
            .field("name", TEXT)
            .field("phone_number", TEXT)
            .field("email", Shape.string().email());

    /** Collector and Swish ask for the same company details. */
    private static Shape.ObjectShape companySignup(Provider provider) {
        return Shape.object()
                .field("business_name", TEXT)
                .field("legal_name", TEXT)
                .field("organization_number", TEXT)
                .field("bank_name", TEXT)
                .field("account_number", TEXT)
                .field("website", TEXT)
                .field("payment_options", paymentOptions(provider));
    }

    private static Shape signup(Shape inner) {
        return Shape.object().field("signup", inner, true);
    }

    /** BamboraConnectionSignup (deprecated old signup, seed line 8473). */
    static final Shape BAMBORA = signup(Shape.object()
            .field("payment_options", paymentOptions(Provider.BAMBORA))
            .field("store_type", Shape.array(TEXT))
            .field("revenue", revenue(false))
            .field("bank_name", TEXT)
            .field("account_number", TEXT)
            .field("ownership", ownership(false))
            .field("verifications", verifications(false))
            .field("signature", SIGNATURE)
            .field("applicant", Shape.object().field("phone_number", TEXT)));

    /** BamboraDirectConnectionSignup (seed line 8239). */
    static final Shape BAMBORA_DIRECT = signup(Shape.object()
            .field("case_id", CASE_ID)
            .field("merchant_number", TEXT)
            .field("md5_key", TEXT)
            .field("payment_options", paymentOptions(Provider.BAMBORA)));

    /** BamboraPayFacConnectionSignup (seed line 8114): Direct plus the merchant category code. */
    static final Shape BAMBORA_PAYFAC = signup(Shape.object()
            .field("case_id", CASE_ID)
            .field("merchant_number", TEXT)
            .field("md5_key", TEXT)
            .field("payment_options", paymentOptions(Provider.BAMBORA))
            .field("mcc", MCC));

    static final Shape COLLECTOR = signup(companySignup(Provider.COLLECTOR));

    static final Shape SWISH = signup(companySignup(Provider.SWISH));

    /** The common signup (seed line 8913). */
    static final Shape COMMON = signup(Shape.object()
            .field("payment_options", paymentOptions(Provider.COMMON))
            .field("store_type", Shape.array(TEXT))
            .field("package", TEXT)
            .field("revenue", revenue(true))
            .field("bank_accounts", Shape.array(Shape.object()
                    .field("account_number", TEXT)
                    .field("account_number_type", TEXT)
                    .field("bank_name", TEXT)
                    .field("account_statement_url", TEXT)))
            .field("ownership", ownership(true))
            .field("verifications", verifications(true))
            .field("signature", SIGNATURE)
            .field("applicant", Shape.object()
                    .field("first_name", TEXT)
                    .field("last_name", TEXT)
                    .field("email", Shape.string().email())
                    .field("phone_number", TEXT)
                    .field("social_security_number", TEXT))
            .field("company_information", Shape.object()
                    .field("industry", TEXT)
                    .field("company_category", TEXT)
                    .field("mcc", Shape.object()
                            .field("mcc", TEXT)
                            .field("range", Shape.object()
                                    .field("start", TEXT)
                                    .field("end", TEXT)
                                    .field("description", TEXT)
                                    .field("reserved", Shape.bool()))
                            .field("iso_description", TEXT)
                            .field("usda_description", TEXT)
                            .field("stripe_description", TEXT)
                            .field("stripe_code", TEXT)
                            .field("visa_description", TEXT)
                            .field("visa_req_clearing_name", TEXT))
                    .field("company_description", TEXT))
            .field("payment_method_specific", Shape.object()
                    .field("payex", Shape.object().field("signup_url", TEXT))
                    .field("vipps", Shape.object().field("signup_url", TEXT))
                    .field("instabank", Shape.object()
                            .field("total_number_of_transactions", TEXT)
                            .field("total_volume_of_transactions", TEXT)
                            .field("finance_number_of_transactions", TEXT)
                            .field("finance_volume_of_transactions", TEXT))));

    /** InstabankConnectionSignup (seed line 9261). The volumes are strings in the seed. */
    static final Shape INSTABANK = signup(Shape.object()
            .field("email", Shape.string().email())
            .field("phone_number", TEXT)
            .field("total_number_of_transactions", TEXT)
            .field("total_volume_of_transactions", TEXT)
            .field("finance_number_of_transactions", TEXT)
            .field("finance_volume_of_transactions", TEXT)
            .field("industry", TEXT)
            .field("account_number", TEXT)
            .field("payment_options", paymentOptions(Provider.INSTABANK)));

    /** KlarnaConnectionSignup (seed line 9387). */
    static final Shape KLARNA = signup(Shape.object()
            .field("case_id", CASE_ID)
            .field("payment_options", paymentOptions(Provider.KLARNA))
            .field("price_package", TEXT)
            .field("mcc", MCC));

    /** VippsPspConnectionSignup (seed line 9497). */
    static final Shape VIPPS_PSP = signup(Shape.object()
            .field("case_id", CASE_ID)
            .field("payment_options", paymentOptions(Provider.VIPPS_PSP))
            .field("logo", TEXT));

    /** ApplePayConnectionSignup (seed line 9589); its camelCase names are the seed's. */
    static final Shape APPLEPAY = signup(Shape.object()
            .field("case_id", CASE_ID)
            .field("partnerInternalMerchantIdentifier", TEXT)
            .field("partnerMerchantName", TEXT)
            .field("payment_options", paymentOptions(Provider.APPLEPAY)));

    /** PayExConnectionSignup (seed line 9685). */
    static final Shape PAYEX = signup(Shape.object()
            .field("business_name", TEXT)
            .field("legal_name", TEXT)
            .field("organization_number", TEXT)
            .field("applicant_contact", CONTACT)
            .field("accounting_contact", CONTACT)
            .field("bank_name", TEXT)
            .field("account_number", TEXT)
            .field("website", TEXT)
            .field("payment_options", paymentOptions(Provider.PAYEX)));

    /** VisaTokensConnectionSignup (seed line 10192). */
    static final Shape VISA_TOKENS = signup(Shape.object().field("case_id", CASE_ID));

    // Callbacks: the seed lists their required fields.

    static final Shape BAMBORA_CALLBACK = Shape.object()
            .field("merchant_number", Shape.string().minLength(1), true)
            .field("md5_key", Shape.string().minLength(1), true)
            .field("payment_options", paymentOptions(Provider.BAMBORA), true)
            .field("access_token", TEXT)
            .field("secret_token", TEXT)
            .field("token_scope", TEXT);

    static final Shape COLLECTOR_CALLBACK = Shape.object()
            .field("username", Shape.string().minLength(1), true)
            .field("payment_options", paymentOptions(Provider.COLLECTOR), true)
            .field("password", TEXT)
            .field("store_id", Shape.number())
            .field("country", COUNTRY)
            .field("stores", Shape.array(Shape.object()
                    .field("store_id", Shape.number())
                    .field("country", COUNTRY)
                    .field("currency", CURRENCY)
                    .field("segment", Shape.string().oneOf("B2C", "B2B"))));

    static final Shape INSTABANK_CALLBACK = Shape.object()
            .field("organization_number", Shape.string().minLength(1), true);

    static final Shape PAYEX_CALLBACK = Shape.object()
            .field("payee_id", Shape.string().minLength(1), true)
            .field("payment_options", paymentOptions(Provider.PAYEX), true)
            .field("token", TEXT)
            .field("subsite", Shape.string().maxLength(40));

    static final Shape SWISH_CALLBACK = Shape.object()
            .field("swish_number", Shape.string().minLength(1), true)
            .field("cert", TEXT)
            .field("key", TEXT)
            .field("passphrase", TEXT)
            .field("ca", TEXT)
            .field("payment_options", paymentOptions(Provider.SWISH));

    /** Vipps' own field names (seed line 10150): hyphens and camelCase, none required. */
    static final Shape VIPPS_CALLBACK = Shape.object()
            .field("signup-id", TEXT)
            .field("orgnumber", TEXT)
            .field("merchant-name", TEXT)
            .field("createdTime", TEXT)
            .field("merchantSerialNumber", TEXT)
            .field("client_Id", TEXT)
            .field("client_Secret", TEXT)
            .field("subscriptionKeys", Shape.array(Shape.object()
                    .field("product", TEXT)
                    .field("ocp-apim-subscription-key", TEXT)));

    /**
     * {@code overrides: Array of objects [0 .. 1] items}. The seed does not mark {@code overrides} required; a call
     * without it would change nothing, so the sandbox asks for it rather than answer 200 to a typo.
     */
    static Shape overrides(Shape credentials) {
        return Shape.object().field("overrides", Shape.array(Shape.object()
                .field("store_id", Shape.string().minLength(1), true)
                .field("credentials", credentials, true)).maxItems(1), true);
    }

    static final Shape PAYEX_OVERRIDES = overrides(Shape.object()
            .field("payee_id", Shape.string().minLength(1), true)
            .field("token", TEXT)
            .field("subsite", Shape.string().maxLength(40)));
    static final Shape SANTANDER_OVERRIDES = overrides(Shape.object()
            .field("store_email", Shape.string().minLength(1), true)
            .field("store_token", Shape.string().minLength(1), true));
    static final Shape SWISH_OVERRIDES = overrides(Shape.object()
            .field("swish_number", Shape.string().minLength(1), true));
    static final Shape VIPPS_OVERRIDES = overrides(Shape.object()
            .field("merchantSerialNumber", Shape.string().minLength(1), true));

    /** Row 33 (seed line 6018). {@code metadata <= 40 properties} is checked by {@link #metadataErrors}. */
    static final Shape CONNECTION_EVENT = Shape.object()
            .field("status", Shape.string().oneOf(ConnectionStateMachine.STATUSES.toArray(String[]::new)), true)
            .field("event", Shape.string().minLength(1), true)
            .field("description", TEXT)
            .field("metadata", Shape.map(Shape.any()));

    static final int MAX_METADATA_PROPERTIES = 40;

    static List<FieldError> metadataErrors(JsonNode body) {
        JsonNode metadata = body.path("metadata");
        if (metadata.isObject() && metadata.size() > MAX_METADATA_PROPERTIES) {
            return List.of(FieldError.body("metadata", "must have at most " + MAX_METADATA_PROPERTIES + " properties"));
        }
        return List.of();
    }

    /** The sandbox's decide route. */
    static final Shape DECISION = Shape.object()
            .field("status", Shape.string().oneOf(ConnectionStateMachine.DECISIONS.toArray(String[]::new)), true)
            .field("description", Shape.string().maxLength(500));

    /** The sandbox's back-dating control: whole days, at least one, at most ten years. */
    static final int MAX_BACKDATE_DAYS = 3650;
    static final Shape BACKDATE = Shape.object()
            .field("days", Shape.integer().min(1).max(MAX_BACKDATE_DAYS), true);
}
