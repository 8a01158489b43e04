package io.accountsdesk.sandbox.screening.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.screening.Compare;
import io.accountsdesk.sandbox.screening.Countries;
import io.accountsdesk.sandbox.screening.TerminatedMerchants;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static io.accountsdesk.sandbox.http.Json.text;

/**
 * MATCH listings as stored: one document per terminated merchant, holding MATCH's {@code Merchant} object exactly
 * as a search answers it (PascalCase keys from the seed's example) beside what the sandbox needs to search
 * ({@code merchant_reference_number}, {@code region}) and what was reported but is not shown ({@code agreement}).
 */
public final class MatchListings {

    /** Listings reported through {@code terminate}, one document each. */
    public static final String KIND = "screening.match.listing";
    /**
     * The seeded listings, all in one document ({@code listings[]}): written once, never changed, so one insert seeds
     * the register and one read loads it.
     */
    public static final String SEEDED_KIND = "screening.match.seeded";
    /** MATCH is one register for every acquirer, so listings have one owner. */
    public static final String OWNER = "MATCH";
    /** MATCH writes dates as the seed's example does: {@code "10/13/2015"}. */
    static final DateTimeFormatter ADDED_ON = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);
    /**
     * The sandbox acquirer's ICA (Mastercard member id), used in the IRNs and reference numbers it hands out and as
     * {@code AddedByAcquirerID} of the merchants it reports. Mastercard's own MATCH examples use 1996.
     */
    static final String SANDBOX_ICA = "1996";

    private MatchListings() {
    }

    /** A MATCH reference number as Mastercard builds them: ICA, the date added (yyyyMMdd), a five-digit sequence. */
    static long referenceNumber(String ica, LocalDate added, long sequence) {
        return Long.parseLong(ica + added.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%05d", sequence % 100_000));
    }

    public static ObjectNode fromSeed(TerminatedMerchants.Merchant m, long sequence) {
        ObjectNode merchant = Json.object();
        merchant.put("Name", m.legalName());
        merchant.put("DoingBusinessAsName", m.tradeName());
        merchant.set("Address", address(m.address(), m.subdivision()));
        merchant.put("PhoneNumber", m.phone());
        merchant.put("AltPhoneNumber", m.altPhone());
        merchant.put("NationalTaxId", m.organisation());
        merchant.put("CountrySubdivisionTaxId", m.stateTaxId());
        merchant.put("ServiceProvLegal", m.payfacLegalName());
        merchant.put("ServiceProvDBA", m.payfacName());
        merchant.putArray("Url").add(m.url());
        ArrayNode principals = merchant.putArray("Principal");
        for (TerminatedMerchants.Person p : m.principals()) {
            ObjectNode principal = principals.addObject();
            principal.put("FirstName", p.firstName());
            principal.put("MiddleInitial", p.middleInitial());
            principal.put("LastName", p.lastName());
            principal.set("Address", address(p.home(), p.homeSubdivision()));
            principal.put("PhoneNumber", p.phone());
            principal.putNull("AltPhoneNumber");
            principal.put("NationalId", p.nationalId());
            ObjectNode licence = principal.putObject("DriversLicense");
            licence.put("Number", p.driversLicence());
            licence.put("CountrySubdivision", p.driversLicence() != null && "US".equals(m.country())
                    ? p.homeSubdivision() : null);
            licence.put("Country", p.driversLicence() == null ? null : Countries.alpha3(m.country()));
        }
        merchant.put("AddedOnDate", m.listed().format(ADDED_ON));
        merchant.put("TerminationReasonCode", m.matchReason().code());
        merchant.put("AddedByAcquirerID", m.acquirer().ica());
        merchant.put("Comments", m.matchReason().comment());

        ObjectNode listing = Json.object();
        listing.put("merchant_reference_number", referenceNumber(m.acquirer().ica(), m.listed(), sequence));
        listing.put("region", Countries.region(m.country()).orElse(""));
        listing.putNull("account_id");
        ObjectNode agreement = listing.putObject("agreement");
        agreement.put("merchant_id", m.acquirerMerchantId());
        agreement.put("merchant_category", m.mcc());
        agreement.put("cat_flag", "N");
        agreement.put("agreement_start_date", m.contractStart().toString());
        agreement.put("agreement_termination_date", m.terminated().toString());
        listing.set("Merchant", merchant);
        return listing;
    }

    /**
     * A listing from a {@code terminate} body (already checked). What MATCH lists but the body cannot give (tax ids,
     * national ids, licences) is {@code null}; the country is upper-cased, the merchant's MATCH region derived from
     * it when the sandbox knows the country.
     */
    static ObjectNode fromTermination(JsonNode body, long referenceNumber, LocalDate added, String accountId) {
        JsonNode in = body.path("merchant");
        JsonNode termination = body.path("termination");
        ObjectNode merchant = Json.object();
        merchant.put("Name", text(in, "business_name"));
        merchant.put("DoingBusinessAsName", text(in, "trade_name"));
        merchant.set("Address", address(in.path("address")));
        merchant.put("PhoneNumber", text(in, "phone_number"));
        merchant.putNull("AltPhoneNumber");
        merchant.putNull("NationalTaxId");
        merchant.putNull("CountrySubdivisionTaxId");
        merchant.putNull("ServiceProvLegal");
        merchant.putNull("ServiceProvDBA");
        ArrayNode urls = merchant.putArray("Url");
        if (text(in, "website_url") != null) {
            urls.add(text(in, "website_url"));
        }
        ArrayNode principals = merchant.putArray("Principal");
        for (JsonNode p : in.path("principals")) {
            ObjectNode principal = principals.addObject();
            principal.put("FirstName", text(p, "first_name"));
            principal.putNull("MiddleInitial");
            principal.put("LastName", text(p, "last_name"));
            principal.set("Address", p.has("address") && !p.get("address").isNull() ? address(p.get("address"))
                    : address(Json.object()));
            principal.put("PhoneNumber", text(p, "phone_number"));
            principal.putNull("AltPhoneNumber");
            principal.putNull("NationalId");
            ObjectNode licence = principal.putObject("DriversLicense");
            licence.putNull("Number");
            licence.putNull("CountrySubdivision");
            licence.putNull("Country");
        }
        merchant.put("AddedOnDate", added.format(ADDED_ON));
        merchant.put("TerminationReasonCode", text(termination, "termination_reason"));
        merchant.put("AddedByAcquirerID", SANDBOX_ICA);
        merchant.put("Comments", text(termination, "comment"));

        ObjectNode listing = Json.object();
        listing.put("merchant_reference_number", referenceNumber);
        listing.put("region", Countries.region(text(in.path("address"), "country")).orElse(""));
        listing.put("account_id", accountId);
        ObjectNode agreement = listing.putObject("agreement");
        agreement.put("merchant_id", text(in, "merchant_id"));
        agreement.put("merchant_category", text(in, "merchant_category"));
        agreement.put("cat_flag", text(in, "cat_flag"));
        agreement.put("agreement_start_date", text(termination, "agreement_start_date"));
        agreement.put("agreement_termination_date", text(termination, "agreement_termination_date"));
        listing.set("Merchant", merchant);
        return listing;
    }

    private static ObjectNode address(Compare.Address a, String subdivision) {
        ObjectNode address = Json.object();
        address.put("Line1", a.line());
        address.putNull("Line2");
        address.put("City", a.city());
        address.put("CountrySubdivision", subdivision);
        address.putNull("Province");
        address.put("PostalCode", a.postalCode());
        address.put("Country", Countries.alpha3(a.country()));
        return address;
    }

    /** A request address (snake_case) in MATCH's form. */
    static ObjectNode address(JsonNode in) {
        ObjectNode address = Json.object();
        address.put("Line1", text(in, "address_line"));
        address.put("Line2", text(in, "address_line_2"));
        address.put("City", text(in, "city"));
        address.putNull("CountrySubdivision");
        address.putNull("Province");
        address.put("PostalCode", text(in, "postal_code"));
        String country = text(in, "country");
        address.put("Country", country == null ? null : country.toUpperCase(Locale.ROOT));
        return address;
    }

    /** A MATCH-form address ({@code Line1}, {@code City}…) for comparing. */
    static Compare.Address compared(JsonNode matchAddress) {
        return new Compare.Address(text(matchAddress, "Line1"), text(matchAddress, "City"),
                text(matchAddress, "PostalCode"), text(matchAddress, "Country"));
    }

    /** A request address ({@code address_line}, {@code city}…) for comparing. */
    static Compare.Address requested(JsonNode requestAddress) {
        return new Compare.Address(text(requestAddress, "address_line"), text(requestAddress, "city"),
                text(requestAddress, "postal_code"), text(requestAddress, "country"));
    }
}
