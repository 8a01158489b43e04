package io.accountsdesk.sandbox.screening.vmss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.screening.Compare;
import io.accountsdesk.sandbox.screening.Countries;
import io.accountsdesk.sandbox.screening.Likeness;
import io.accountsdesk.sandbox.screening.Tally;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import static io.accountsdesk.sandbox.http.Json.text;

/**
 * A VMSS search: compares the merchant of a search body with every VMSS listing, field by field, in Visa's names
 * ({@code terminatedRecordMatch}), and keeps the listings where an identifying field matched.
 *
 * <p>Each indicator is "Y" (exact), "P" (phonetic) or "N" (no match), see {@link Likeness#vmssCode()}. Names
 * ({@code legalName}, {@code DBAName}, a principal's {@code name}, the city) are compared by
 * {@link Compare#names}; the street by {@link Compare#streets}; ids ({@code taxID},
 * {@code businessRegistrationNumber}, {@code SSN}, {@code residentIDOrNationalID}, account numbers) by their digits;
 * phone numbers by {@link Compare#phones}; e-mail addresses, passport, licence and principal ids, IBANs, postal codes,
 * states and MCCs as typed; web addresses by {@link Compare#urls}. Lists (phone numbers, MCCs, web addresses) match
 * when any pair does; each listed principal and account is compared with the best of the searched ones.
 *
 * <p>A listing is a possible match when a name, an id, a phone number, an e-mail or web address, a principal's field
 * or a bank account matched, or when its street matched together with its city or postal code. A shared country,
 * state, MCC, trading-over-internet flag or bank alone does not make a match: they would list half the register.
 * Matches are ordered strongest first (more exact, then more phonetic fields), then by {@code terminatedRefID}.
 */
final class VmssSearch {

    private VmssSearch() {
    }

    record Hit(ObjectNode entry, int exact, int phonetic, String refId) {
    }

    static List<ObjectNode> run(JsonNode merchant, List<ObjectNode> listings) {
        List<Hit> hits = new ArrayList<>();
        for (ObjectNode listing : listings) {
            compare(merchant, listing).ifPresent(hits::add);
        }
        hits.sort(Comparator.comparingInt(Hit::exact).reversed()
                .thenComparing(Comparator.comparingInt(Hit::phonetic).reversed())
                .thenComparing(Hit::refId));
        return hits.stream().map(Hit::entry).toList();
    }

    static Optional<Hit> compare(JsonNode merchant, ObjectNode listing) {
        JsonNode record = listing.path("terminatedRecord");
        Tally identifying = new Tally(Likeness::vmssCode);
        Tally other = new Tally(Likeness::vmssCode);
        ObjectNode match = Json.object();
        match.put("taxID", identifying.add(Compare.ids(text(merchant, "taxID"), text(record, "taxID"))));
        match.put("DBAName", identifying.add(Compare.names(text(merchant, "DBAName"), text(record, "DBAName"))));
        match.put("legalName", identifying.add(Compare.names(text(merchant, "legalName"), text(record, "legalName"))));

        JsonNode asked = merchant.path("address");
        JsonNode listed = record.path("address");
        Likeness street = Compare.streets(text(asked, "streetAddress"), text(listed, "streetAddress"));
        Likeness city = Compare.names(text(asked, "city"), text(listed, "city"));
        Likeness zip = Compare.codes(text(asked, "zipOrPostalCode"), text(listed, "zipOrPostalCode"));
        Likeness country = Countries.same(text(asked, "countryOrRegion"), text(listed, "countryOrRegion"))
                ? Likeness.EXACT : Likeness.NONE;
        boolean placeMatched = street.isMatch() && country.isMatch() && (city.isMatch() || zip.isMatch());
        Tally addressTally = placeMatched ? identifying : other;
        ObjectNode addressMatch = match.putObject("addressMatch");
        addressMatch.put("city", addressTally.add(city));
        addressMatch.put("streetAddress", addressTally.add(street));
        addressMatch.put("countryOrRegion", other.add(country));
        addressMatch.put("stateOrProvince",
                other.add(Compare.codes(text(asked, "stateOrProvince"), text(listed, "stateOrProvince"))));
        addressMatch.put("zipOrPostalCode", addressTally.add(zip));

        match.put("webAddresses", identifying.add(best(merchant.path("webAddresses"), record.path("webAddresses"),
                (a, b) -> Compare.urls(a.asText(), b.asText()))));

        ArrayNode principalsMatch = match.putArray("principalsMatch");
        for (JsonNode principal : record.path("principals")) {
            ObjectNode pm = principalsMatch.addObject();
            pm.put("SSN", identifying.add(bestPrincipal(merchant, principal, "SSN", Compare::ids)));
            pm.put("name", identifying.add(bestPrincipal(merchant, principal, "name", Compare::personNames)));
            pm.put("principalID", identifying.add(bestPrincipal(merchant, principal, "principalID", Compare::codes)));
            pm.put("passportNumber",
                    identifying.add(bestPrincipal(merchant, principal, "passportNumber", Compare::codes)));
            pm.put("businessPhoneNumber",
                    identifying.add(bestPrincipal(merchant, principal, "businessPhoneNumber", Compare::phones)));
            pm.put("driverLicenseNumber",
                    identifying.add(bestPrincipal(merchant, principal, "driverLicenseNumber", Compare::codes)));
            pm.put("businessEmailAddress",
                    identifying.add(bestPrincipal(merchant, principal, "businessEmailAddress", Compare::emails)));
            pm.put("residentIDOrNationalID",
                    identifying.add(bestPrincipal(merchant, principal, "residentIDOrNationalID", Compare::ids)));
        }

        JsonNode tradeOverInternet = merchant.get("tradeOverInternet");
        match.put("tradeOverInternet", other.add(tradeOverInternet != null && tradeOverInternet.isBoolean()
                && tradeOverInternet.equals(record.get("tradeOverInternet")) ? Likeness.EXACT : Likeness.NONE));

        ArrayNode accountsMatch = match.putArray("financialAcctsMatch");
        for (JsonNode account : record.path("financialAccts")) {
            Likeness iban = Likeness.NONE;
            Likeness number = Likeness.NONE;
            Likeness institution = Likeness.NONE;
            for (JsonNode searched : merchant.path("financialAccts")) {
                iban = iban.or(Compare.codes(text(searched, "intBankAccountNumber"), text(account, "intBankAccountNumber")));
                number = number.or(Compare.ids(text(searched, "financialAccountNumber"),
                        text(account, "financialAccountNumber")));
                institution = institution.or(Compare.codes(text(searched, "financialInstitutionID"),
                        text(account, "financialInstitutionID")));
            }
            ObjectNode am = accountsMatch.addObject();
            am.put("intBankAccountNumber", identifying.add(iban));
            am.put("financialAccountNumber", identifying.add(number));
            am.put("financialInstitutionID", other.add(institution));
        }

        match.put("businessEmailAddress", identifying.add(Compare.emails(text(merchant, "businessEmailAddress"),
                text(record, "businessEmailAddress"))));
        match.put("businessPhoneNumbers", identifying.add(best(merchant.path("businessPhoneNumbers"),
                record.path("businessPhoneNumbers"), (a, b) -> Compare.phones(a.asText(), b.asText()))));
        match.put("merchantCategoryCodes", other.add(best(merchant.path("merchantCategoryCodes"),
                record.path("merchantCategoryCodes"), (a, b) -> Compare.codes(a.asText(), b.asText()))));
        match.put("businessRegistrationNumber", identifying.add(Compare.ids(text(merchant, "businessRegistrationNumber"),
                text(record, "businessRegistrationNumber"))));

        if (identifying.exact() + identifying.phonetic() == 0) {
            return Optional.empty();
        }
        ObjectNode entry = Json.object();
        entry.put("acquirerBID", text(listing, "acquirerBID"));
        entry.put("acquirerName", text(listing, "acquirerName"));
        entry.put("terminatedRefID", text(listing, "terminatedRefID"));
        entry.set("terminatedRecord", record.deepCopy());
        entry.set("terminatedRecordMatch", match);
        entry.put("acquirerCountryOrRegion", text(listing, "acquirerCountryOrRegion"));
        return Optional.of(new Hit(entry, identifying.exact() + other.exact(), identifying.phonetic() + other.phonetic(),
                text(listing, "terminatedRefID")));
    }

    private static Likeness bestPrincipal(JsonNode merchant, JsonNode listedPrincipal, String field,
                                          BiFunction<String, String, Likeness> compare) {
        Likeness best = Likeness.NONE;
        for (JsonNode searched : merchant.path("principals")) {
            best = best.or(compare.apply(text(searched, field), text(listedPrincipal, field)));
        }
        return best;
    }

    private static Likeness best(JsonNode asked, JsonNode listed, BiFunction<JsonNode, JsonNode, Likeness> compare) {
        Likeness best = Likeness.NONE;
        for (JsonNode a : asked) {
            for (JsonNode b : listed) {
                if (!a.isNull() && !b.isNull()) {
                    best = best.or(compare.apply(a, b));
                }
            }
        }
        return best;
    }
}
