package io.accountsdesk.sandbox.screening.vmss;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.screening.TerminatedMerchants;

import java.util.UUID;

/**
 * VMSS listings as stored: one document per terminated record, in the shape of the seed's {@code matchedRecords[]}
 * entry without {@code terminatedRecordMatch} (which depends on the search). Visa's own names and casing throughout,
 * including the seed's spelling {@code incorportationStatus}.
 */
public final class VmssListings {

    /** Listings added one by one (none yet: the seed has no VMSS terminate); kept apart from the seeded ones. */
    public static final String KIND = "screening.vmss.listing";
    /** The seeded listings, all in one document ({@code listings[]}), as for MATCH. */
    public static final String SEEDED_KIND = "screening.vmss.seeded";
    /** VMSS is one register for every acquirer, so listings have one owner. */
    public static final String OWNER = "VMSS";

    private VmssListings() {
    }

    public static ObjectNode fromSeed(TerminatedMerchants.Merchant m) {
        ObjectNode listing = Json.object();
        listing.put("acquirerBID", m.acquirer().bid());
        listing.put("acquirerName", m.acquirer().name());
        listing.put("terminatedRefID", UUID.nameUUIDFromBytes(("vmss:" + m.index()).getBytes()).toString());
        ObjectNode record = listing.putObject("terminatedRecord");
        record.put("taxID", m.taxId());
        record.put("DBAName", m.tradeName());
        ObjectNode address = record.putObject("address");
        address.put("city", m.address().city());
        address.put("countryOrRegion", m.country());
        address.put("streetAddress", m.address().line());
        address.put("stateOrProvince", "US".equals(m.country()) ? m.subdivision() : null);
        address.put("zipOrPostalCode", m.address().postalCode());
        // The seed's example category; Visa's list of categories is not in the seed.
        record.put("category", "1");
        record.put("legalName", m.legalName());
        ArrayNode principals = record.putArray("principals");
        for (TerminatedMerchants.Person p : m.principals()) {
            ObjectNode principal = principals.addObject();
            principal.put("SSN", p.ssn());
            principal.put("name", p.fullName());
            principal.put("principalID", p.principalId());
            principal.put("passportNumber", p.passport());
            principal.put("businessPhoneNumber", p.phone());
            principal.put("driverLicenseNumber", p.driversLicence());
            principal.put("businessEmailAddress", p.email());
            principal.put("residentIDOrNationalID", p.nationalId());
        }
        ObjectNode account = record.putArray("financialAccts").addObject();
        account.put("intBankAccountNumber", m.bank().iban());
        account.put("financialAccountNumber", m.bank().accountNumber());
        account.put("financialInstitutionID", m.bank().institutionId());
        ArrayNode cardAcceptors = record.putArray("cardAcceptorIDs");
        m.cardAcceptorIds().forEach(cardAcceptors::add);
        record.put("contractEndDate", m.terminated().toString());
        record.put("contractStartDate", m.contractStart().toString());
        record.put("tradeOverInternet", m.online());
        record.put("businessEmailAddress", m.email());
        record.putArray("businessPhoneNumbers").add(e164(m.phone()));
        // The seed's example status; Visa's list of incorporation statuses is not in the seed.
        record.put("incorportationStatus", "3");
        record.put("primaryListingReason", m.vmssPrimaryReason());
        record.put("tradeInternationally", m.international());
        record.putArray("merchantCategoryCodes").add(m.mcc());
        record.put("paymentFacilitatorBID", m.payfacBid());
        record.put("secondaryListingReason", m.vmssSecondaryReason());
        record.put("acquirerAssignedMerchantID", m.acquirerMerchantId());
        record.put("businessRegistrationNumber", m.organisation());
        record.put("paymentFacilitatorCountryOrRegion", m.payfacBid() == null ? null : m.acquirer().country().alpha2());
        // Not in the seed's record, but Visa lists web addresses and Dintero's current docs send them.
        record.putArray("webAddresses").add(m.url());
        listing.put("acquirerCountryOrRegion", m.acquirer().country().alpha2());
        return listing;
    }

    /**
     * The seed's own example record (seed line 13074), listed as it is, so a search with the seed's example body
     * finds it: "Snap Photoshop Ltd" of Bill Smith, listed by "Bank of ABC".
     */
    public static ObjectNode seedExample() {
        ObjectNode listing = Json.object();
        listing.put("acquirerBID", "10048640");
        listing.put("acquirerName", "Bank of ABC");
        listing.put("terminatedRefID", "61e8aa42-d252-4e74-9dcc-85134f37a181");
        ObjectNode record = listing.putObject("terminatedRecord");
        record.put("taxID", "GB123456789");
        record.put("DBAName", "Snap Photoshop Ltd");
        ObjectNode address = record.putObject("address");
        address.put("city", "St Albans");
        address.put("countryOrRegion", "NO");
        address.put("streetAddress", "80 Wood Street");
        address.put("stateOrProvince", "CA");
        address.put("zipOrPostalCode", "SA82GF");
        record.put("category", "1");
        record.put("legalName", "Snap Photoshop Ltd");
        ObjectNode principal = record.putArray("principals").addObject();
        principal.put("SSN", "stringstrin");
        principal.put("name", "Bill Smith");
        principal.put("principalID", "07043453");
        principal.put("passportNumber", "07043453");
        principal.put("businessPhoneNumber", "+861071111222");
        principal.put("driverLicenseNumber", "07043453");
        principal.put("businessEmailAddress", "billsmith@snapphoto.com");
        principal.put("residentIDOrNationalID", "07043453");
        ObjectNode account = record.putArray("financialAccts").addObject();
        account.put("intBankAccountNumber", "NO8330001234567");
        account.put("financialAccountNumber", "8090765400");
        account.put("financialInstitutionID", "101010");
        record.putArray("cardAcceptorIDs").add("12345678910111");
        record.put("contractEndDate", "2019-11-14");
        record.put("contractStartDate", "2019-11-01");
        record.put("tradeOverInternet", false);
        record.put("businessEmailAddress", "billsmith@snapphoto.com");
        record.putArray("businessPhoneNumbers").add("+861071111222");
        record.put("incorportationStatus", "3");
        record.put("primaryListingReason", TerminatedMerchants.VMSS_BANKRUPTCY);
        record.put("tradeInternationally", true);
        record.putArray("merchantCategoryCodes").add("5411");
        record.put("paymentFacilitatorBID", "10000108");
        record.put("secondaryListingReason", TerminatedMerchants.VMSS_IDENTITY_THEFT);
        record.put("acquirerAssignedMerchantID", "36654773");
        record.put("businessRegistrationNumber", "452349600005");
        record.put("paymentFacilitatorCountryOrRegion", "NO");
        record.putArray("webAddresses");
        listing.put("acquirerCountryOrRegion", "NO");
        return listing;
    }

    /** VMSS phone numbers are E.164 ("+861071111222"); the seeded US numbers are national, so +1 is added. */
    private static String e164(String phone) {
        return phone.startsWith("+") ? phone : "+1" + phone;
    }
}
