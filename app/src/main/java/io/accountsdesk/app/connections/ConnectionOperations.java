package io.accountsdesk.app.connections;

import static io.accountsdesk.app.connections.ConnectionField.Kind.BOOLEAN;
import static io.accountsdesk.app.connections.ConnectionField.Kind.CERTIFICATE;
import static io.accountsdesk.app.connections.ConnectionField.Kind.CHOICE;
import static io.accountsdesk.app.connections.ConnectionField.Kind.COUNTRY;
import static io.accountsdesk.app.connections.ConnectionField.Kind.CURRENCIES;
import static io.accountsdesk.app.connections.ConnectionField.Kind.EMAIL;
import static io.accountsdesk.app.connections.ConnectionField.Kind.KEY_VALUES;
import static io.accountsdesk.app.connections.ConnectionField.Kind.LIST;
import static io.accountsdesk.app.connections.ConnectionField.Kind.LONG_TEXT;
import static io.accountsdesk.app.connections.ConnectionField.Kind.MCC;
import static io.accountsdesk.app.connections.ConnectionField.Kind.NUMBER;
import static io.accountsdesk.app.connections.ConnectionField.Kind.PAYMENT_TYPES;
import static io.accountsdesk.app.connections.ConnectionField.Kind.PRIVATE_KEY;
import static io.accountsdesk.app.connections.ConnectionField.Kind.SECRET;
import static io.accountsdesk.app.connections.ConnectionField.Kind.SHORT_TEXT;
import static io.accountsdesk.app.connections.ConnectionField.Kind.TEXT;
import static io.accountsdesk.app.connections.ConnectionField.Kind.UUID;
import static io.accountsdesk.app.connections.ConnectionField.of;
import static io.accountsdesk.app.connections.ConnectionField.required;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.app.connections.ConnectionOperation.Kind;
import io.accountsdesk.client.accounts.ConnectionName;
import io.accountsdesk.client.accounts.ConnectionStatus;
import io.accountsdesk.client.accounts.NewConnectionEvent;
import io.accountsdesk.client.connections.applepay.ApplePaySignup;
import io.accountsdesk.client.connections.bambora.BamboraCallback;
import io.accountsdesk.client.connections.bambora.BamboraDirectSignup;
import io.accountsdesk.client.connections.bambora.BamboraPayFacSignup;
import io.accountsdesk.client.connections.bambora.BamboraSignup;
import io.accountsdesk.client.connections.collector.CollectorCallback;
import io.accountsdesk.client.connections.collector.CollectorSignup;
import io.accountsdesk.client.connections.common.CommonSignup;
import io.accountsdesk.client.connections.instabank.InstabankCallback;
import io.accountsdesk.client.connections.instabank.InstabankSignup;
import io.accountsdesk.client.connections.klarna.KlarnaSignup;
import io.accountsdesk.client.connections.payex.PayExCallback;
import io.accountsdesk.client.connections.payex.PayExOverrideCredentials;
import io.accountsdesk.client.connections.payex.PayExSignup;
import io.accountsdesk.client.connections.santander.SantanderOverrideCredentials;
import io.accountsdesk.client.connections.swish.SwishCallback;
import io.accountsdesk.client.connections.swish.SwishOverrideCredentials;
import io.accountsdesk.client.connections.swish.SwishSignup;
import io.accountsdesk.client.connections.vipps.VippsCallback;
import io.accountsdesk.client.connections.vipps.VippsOverrideCredentials;
import io.accountsdesk.client.connections.visatokens.VisaTokensSignup;
import io.accountsdesk.client.connections.vippspsp.VippsPspSignup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every connection operation the app offers, with the form the seed's request shape asks for. The shapes follow the
 * seed (lines 8114-10220): inside a signup it marks nothing required, so nothing is; callbacks and overrides list
 * their required fields, and those are required here too. Payment option types are the provider's own.
 */
final class ConnectionOperations {

    /** The statuses the partner's status route takes (seed line 6018). */
    static final List<String> STATUSES = List.of("pending", "enabled", "declined", "failed");

    private static final ConnectionField REFERENCE = required("param.callback_reference", TEXT);
    private static final ConnectionField STORE = required("overrides.0.store_id", TEXT);
    private static final ConnectionField FORCE = of("param.force_new_signup", BOOLEAN);
    private static final ConnectionField CASE = of("signup.case_id", UUID);

    private static final List<ConnectionOperation> ALL = build();

    private ConnectionOperations() {
    }

    static List<ConnectionOperation> all() {
        return ALL;
    }

    static Optional<ConnectionOperation> find(String id) {
        return ALL.stream().filter(op -> op.id().equals(id)).findFirst();
    }

    /** What can be done with one provider, signups first. */
    static List<ConnectionOperation> forProvider(ConnectionProvider provider) {
        return ALL.stream().filter(op -> op.provider() == provider).toList();
    }

    private static List<ConnectionField> paymentOptions(String type, String currency) {
        return List.of(of("signup.payment_options.0.type", PAYMENT_TYPES).startingWith(type),
                of("signup.payment_options.0.currencies", CURRENCIES).startingWith(currency));
    }

    /** A callback's payment options sit at the body's top level and are required where the seed says so. */
    private static List<ConnectionField> callbackOptions(String type, String currency, boolean required) {
        ConnectionField types = of("payment_options.0.type", PAYMENT_TYPES).startingWith(type);
        return List.of(required ? types.mandatory() : types,
                of("payment_options.0.currencies", CURRENCIES).startingWith(currency));
    }

    private static List<ConnectionField> company(String prefix) {
        return List.of(of(prefix + "business_name", TEXT), of(prefix + "legal_name", TEXT),
                of(prefix + "organization_number", TEXT), of(prefix + "bank_name", TEXT),
                of(prefix + "account_number", TEXT), of(prefix + "website", TEXT));
    }

    @SafeVarargs
    private static List<ConnectionField> fields(List<ConnectionField>... parts) {
        List<ConnectionField> all = new ArrayList<>();
        for (List<ConnectionField> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static ConnectionOperation op(String id, ConnectionProvider provider, Kind kind,
                                          List<ConnectionField> fields, ConnectionOperation.Sender sender) {
        return new ConnectionOperation(id, provider, kind, false, fields, sender);
    }

    private static boolean yes(Map<String, String> params, String name) {
        return "true".equals(params.get(name));
    }

    private static List<ConnectionOperation> build() {
        List<ConnectionOperation> all = new ArrayList<>();
        ConnectionProvider p;

        p = ConnectionProvider.KLARNA;
        all.add(op("klarna.signup", p, Kind.SIGNUP, fields(List.of(CASE), paymentOptions("klarna.klarna", "NOK"),
                        List.of(of("signup.price_package", TEXT), of("signup.mcc", MCC), FORCE)),
                (account, partner, aid, body, params) -> account.connections().klarna().startSignup(aid,
                        RequestBody.as(body.get("signup"), KlarnaSignup.class),
                        yes(params, "force_new_signup") ? Boolean.TRUE : null)));

        p = ConnectionProvider.VIPPS;
        all.add(op("vipps.signup", p, Kind.SIGNUP, List.of(),
                (account, partner, aid, body, params) -> account.connections().vipps().startSignup(aid)));
        all.add(op("vipps.restart", p, Kind.RESTART, List.of(),
                (account, partner, aid, body, params) -> account.connections().vipps().restartSignup(aid)));
        all.add(op("vipps.callback", p, Kind.CALLBACK, List.of(REFERENCE, of("orgnumber", TEXT),
                        of("merchantSerialNumber", TEXT), of("client_Id", TEXT), of("client_Secret", SECRET),
                        of("subscriptionKeys.0.product", TEXT), of("subscriptionKeys.0.ocp-apim-subscription-key", SECRET)),
                (account, partner, aid, body, params) -> {
                    account.connections().vipps().completeSignup(aid, params.get("callback_reference"),
                            RequestBody.as(body, VippsCallback.class));
                    return null;
                }));
        all.add(op("vipps.override", p, Kind.OVERRIDE, List.of(STORE,
                        required("overrides.0.credentials.merchantSerialNumber", TEXT)),
                (account, partner, aid, body, params) -> {
                    account.connections().vipps().addOverride(aid, storeId(body), RequestBody.as(
                            body.at("/overrides/0/credentials"), VippsOverrideCredentials.class));
                    return null;
                }));

        p = ConnectionProvider.VIPPS_PSP;
        all.add(op("vipps_psp.signup", p, Kind.SIGNUP, fields(List.of(CASE), paymentOptions("dintero.vipps", "NOK"),
                        List.of(of("signup.logo", TEXT))),
                (account, partner, aid, body, params) -> account.connections().vippsPsp().startSignup(aid,
                        RequestBody.as(body.get("signup"), VippsPspSignup.class))));

        p = ConnectionProvider.SWISH;
        all.add(op("swish.signup", p, Kind.SIGNUP, fields(company("signup."), paymentOptions("swish.swish", "SEK")),
                (account, partner, aid, body, params) -> account.connections().swish().startSignup(aid,
                        RequestBody.as(body.get("signup"), SwishSignup.class))));
        all.add(op("swish.callback", p, Kind.CALLBACK, fields(List.of(REFERENCE, required("swish_number", TEXT),
                        of("cert", CERTIFICATE), of("key", PRIVATE_KEY), of("passphrase", SECRET), of("ca", CERTIFICATE)),
                        callbackOptions("swish.swish", "SEK", false)),
                (account, partner, aid, body, params) -> {
                    account.connections().swish().completeSignup(aid, params.get("callback_reference"),
                            RequestBody.as(body, SwishCallback.class));
                    return null;
                }));
        all.add(op("swish.override", p, Kind.OVERRIDE, List.of(STORE,
                        required("overrides.0.credentials.swish_number", TEXT)),
                (account, partner, aid, body, params) -> {
                    account.connections().swish().addOverride(aid, storeId(body), RequestBody.as(
                            body.at("/overrides/0/credentials"), SwishOverrideCredentials.class));
                    return null;
                }));

        p = ConnectionProvider.BAMBORA;
        all.add(op("bambora.payfac", p, Kind.SIGNUP, fields(List.of(CASE, of("signup.merchant_number", TEXT),
                        of("signup.md5_key", SECRET)), paymentOptions("bambora.creditcard", "NOK"),
                        List.of(of("signup.mcc", MCC), FORCE)),
                (account, partner, aid, body, params) -> account.connections().bambora().startPayFacSignup(aid,
                        RequestBody.as(body.get("signup"), BamboraPayFacSignup.class),
                        yes(params, "force_new_signup") ? Boolean.TRUE : null)));
        all.add(op("bambora.direct", p, Kind.SIGNUP, fields(List.of(CASE, of("signup.merchant_number", TEXT),
                        of("signup.md5_key", SECRET)), paymentOptions("bambora.creditcard", "NOK")),
                (account, partner, aid, body, params) -> account.connections().bambora().startDirectSignup(aid,
                        RequestBody.as(body.get("signup"), BamboraDirectSignup.class))));
        all.add(new ConnectionOperation("bambora.classic", p, Kind.SIGNUP, true, fields(
                paymentOptions("bambora.creditcard", "NOK"),
                List.of(of("signup.store_type", LIST), of("signup.revenue.currency", TEXT).startingWith("NOK"),
                        of("signup.revenue.yearly_revenue", TEXT), of("signup.bank_name", TEXT),
                        of("signup.account_number", TEXT), of("signup.applicant.phone_number", TEXT),
                        of("signup.signature.signatures.0.name", TEXT), of("signup.signature.signatures.0.email", TEXT),
                        of("signup.verifications.terms_and_conditions", BOOLEAN))),
                (account, partner, aid, body, params) -> account.connections().bambora().startSignup(aid,
                        RequestBody.as(body.get("signup"), BamboraSignup.class))));
        all.add(op("bambora.callback", p, Kind.CALLBACK, fields(List.of(REFERENCE,
                        required("merchant_number", TEXT), required("md5_key", SECRET)),
                        callbackOptions("bambora.creditcard", "NOK", true),
                        List.of(of("access_token", SECRET), of("secret_token", SECRET), of("token_scope", TEXT))),
                (account, partner, aid, body, params) -> {
                    account.connections().bambora().completeSignup(aid, params.get("callback_reference"),
                            RequestBody.as(body, BamboraCallback.class));
                    return null;
                }));

        p = ConnectionProvider.PAYEX;
        ConnectionField product = required("param.payment_product_type", CHOICE)
                .among(List.of(ConnectionProvider.PayEx.CREDITCARD)).startingWith(ConnectionProvider.PayEx.CREDITCARD);
        all.add(op("payex.signup", p, Kind.SIGNUP, fields(List.of(product),
                        List.of(of("signup.business_name", TEXT), of("signup.legal_name", TEXT),
                                of("signup.organization_number", TEXT),
                                of("signup.applicant_contact.name", TEXT), of("signup.applicant_contact.phone_number", TEXT),
                                of("signup.applicant_contact.email", EMAIL),
                                of("signup.accounting_contact.name", TEXT),
                                of("signup.accounting_contact.phone_number", TEXT),
                                of("signup.accounting_contact.email", EMAIL),
                                of("signup.bank_name", TEXT), of("signup.account_number", TEXT),
                                of("signup.website", TEXT)),
                        paymentOptions(ConnectionProvider.PayEx.CREDITCARD, "NOK")),
                (account, partner, aid, body, params) -> account.connections().payEx().startSignup(aid,
                        params.get("payment_product_type"), RequestBody.as(body.get("signup"), PayExSignup.class))));
        all.add(op("payex.callback", p, Kind.CALLBACK, fields(List.of(product, REFERENCE,
                        required("payee_id", TEXT), of("token", SECRET), of("subsite", SHORT_TEXT)),
                        callbackOptions(ConnectionProvider.PayEx.CREDITCARD, "NOK", true)),
                (account, partner, aid, body, params) -> {
                    account.connections().payEx().completeSignup(aid, params.get("payment_product_type"),
                            params.get("callback_reference"), RequestBody.as(body, PayExCallback.class));
                    return null;
                }));
        all.add(op("payex.override", p, Kind.OVERRIDE, List.of(STORE,
                        required("overrides.0.credentials.payee_id", TEXT),
                        of("overrides.0.credentials.token", SECRET), of("overrides.0.credentials.subsite", SHORT_TEXT)),
                (account, partner, aid, body, params) -> {
                    account.connections().payEx().addOverride(aid, storeId(body), RequestBody.as(
                            body.at("/overrides/0/credentials"), PayExOverrideCredentials.class));
                    return null;
                }));

        p = ConnectionProvider.COLLECTOR;
        all.add(op("collector.signup", p, Kind.SIGNUP, fields(company("signup."),
                        paymentOptions("collector.invoice", "NOK")),
                (account, partner, aid, body, params) -> account.connections().collector().startSignup(aid,
                        RequestBody.as(body.get("signup"), CollectorSignup.class))));
        all.add(op("collector.callback", p, Kind.CALLBACK, fields(List.of(REFERENCE, required("username", TEXT),
                        of("password", SECRET), of("store_id", NUMBER), of("country", COUNTRY)),
                        callbackOptions("collector.invoice", "NOK", true)),
                (account, partner, aid, body, params) -> {
                    account.connections().collector().completeSignup(aid, params.get("callback_reference"),
                            RequestBody.as(body, CollectorCallback.class));
                    return null;
                }));

        p = ConnectionProvider.INSTABANK;
        all.add(op("instabank.signup", p, Kind.SIGNUP, fields(List.of(of("signup.email", EMAIL),
                        of("signup.phone_number", TEXT), of("signup.total_number_of_transactions", TEXT),
                        of("signup.total_volume_of_transactions", TEXT), of("signup.finance_number_of_transactions", TEXT),
                        of("signup.finance_volume_of_transactions", TEXT), of("signup.industry", TEXT),
                        of("signup.account_number", TEXT)), paymentOptions("instabank.invoice", "NOK")),
                (account, partner, aid, body, params) -> account.connections().instabank().startSignup(aid,
                        RequestBody.as(body.get("signup"), InstabankSignup.class))));
        all.add(op("instabank.callback", p, Kind.CALLBACK, List.of(REFERENCE, required("organization_number", TEXT)),
                (account, partner, aid, body, params) -> {
                    account.connections().instabank().completeSignup(aid, params.get("callback_reference"),
                            RequestBody.as(body, InstabankCallback.class));
                    return null;
                }));

        p = ConnectionProvider.APPLEPAY;
        all.add(op("applepay.signup", p, Kind.SIGNUP, fields(List.of(CASE,
                        of("signup.partnerInternalMerchantIdentifier", TEXT), of("signup.partnerMerchantName", TEXT)),
                        paymentOptions("dintero.applepay", "NOK")),
                (account, partner, aid, body, params) -> account.connections().applePay().startSignup(aid,
                        RequestBody.as(body.get("signup"), ApplePaySignup.class))));

        p = ConnectionProvider.VISA_TOKENS;
        all.add(op("visa_tokens.signup", p, Kind.SIGNUP, List.of(CASE),
                (account, partner, aid, body, params) -> account.connections().visaTokens().startSignup(aid,
                        RequestBody.as(body.get("signup"), VisaTokensSignup.class))));

        p = ConnectionProvider.COMMON;
        all.add(op("common.signup", p, Kind.SIGNUP, fields(
                        List.of(of("signup.payment_options.0.type", PAYMENT_TYPES).startingWith("swish.swish, vipps"),
                                of("signup.payment_options.0.currencies", CURRENCIES).startingWith("NOK")),
                        List.of(of("signup.package", TEXT), of("signup.store_type", LIST),
                                of("signup.revenue.currency", TEXT).startingWith("NOK"),
                                of("signup.revenue.yearly_revenue", TEXT), of("signup.revenue.average_amount", TEXT),
                                of("signup.bank_accounts.0.bank_name", TEXT),
                                of("signup.bank_accounts.0.account_number", TEXT),
                                of("signup.bank_accounts.0.account_number_type", TEXT),
                                of("signup.applicant.first_name", TEXT), of("signup.applicant.last_name", TEXT),
                                of("signup.applicant.email", EMAIL), of("signup.applicant.phone_number", TEXT),
                                of("signup.company_information.industry", TEXT),
                                of("signup.company_information.company_description", LONG_TEXT),
                                of("signup.signature.signatures.0.name", TEXT),
                                of("signup.signature.signatures.0.email", TEXT),
                                of("signup.verifications.terms_and_conditions", BOOLEAN))),
                (account, partner, aid, body, params) -> {
                    account.connections().common().startSignup(aid, RequestBody.as(body.get("signup"),
                            CommonSignup.class));
                    // The link a merchant follows to finish the application, read right after it exists.
                    return account.connections().common().link(aid);
                }));

        p = ConnectionProvider.SANTANDER;
        all.add(op("santander.override", p, Kind.OVERRIDE, List.of(STORE,
                        required("overrides.0.credentials.store_email", TEXT),
                        required("overrides.0.credentials.store_token", SECRET)),
                (account, partner, aid, body, params) -> {
                    account.connections().santander().addOverride(aid, storeId(body), RequestBody.as(
                            body.at("/overrides/0/credentials"), SantanderOverrideCredentials.class));
                    return null;
                }));
        return List.copyOf(all);
    }

    /**
     * The partner's status update (row 33) for a provider the seed's enum names: the status, what happened, and for
     * a decline, why (the field is then required).
     */
    static ConnectionOperation event(ConnectionProvider provider) {
        ConnectionName name = provider.eventName().orElseThrow();
        return op(provider.key() + ".event", provider, Kind.EVENT, List.of(
                        required("status", CHOICE).among(STATUSES).startingWith("pending"),
                        required("event", TEXT), of("description", LONG_TEXT), of("metadata", KEY_VALUES)),
                (account, partner, aid, body, params) -> partner.accounts().addConnectionEvent(aid, name,
                        new NewConnectionEvent(ConnectionStatus.of(body.path("status").asText()),
                                body.path("event").asText(), body.hasNonNull("description")
                                ? body.get("description").asText() : null,
                                metadata(body))));
    }

    private static Map<String, Object> metadata(ObjectNode body) {
        if (!body.has("metadata")) {
            return null;
        }
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        body.get("metadata").fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    private static String storeId(ObjectNode body) {
        return body.at("/overrides/0/store_id").asText();
    }
}
