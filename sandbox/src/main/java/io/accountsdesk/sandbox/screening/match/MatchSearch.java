package io.accountsdesk.sandbox.screening.match;

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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static io.accountsdesk.sandbox.http.Json.text;

/**
 * A termination inquiry: compares the merchant of a search body with every MATCH listing in the searched regions and
 * countries, field by field, and keeps the listings where anything matched.
 *
 * <h2>What is compared</h2>
 * <ul>
 *   <li>{@code Name} ← {@code business_name}, {@code DoingBusinessAsName} ← {@code trade_name}: names
 *       ({@link Compare#names}).</li>
 *   <li>{@code Address} ← {@code address}: street, city/postal code and country ({@link Compare#addresses}).</li>
 *   <li>{@code PhoneNumber} and {@code AltPhoneNumber} ← {@code phone_number}: digits ({@link Compare#phones}).</li>
 *   <li>{@code PrincipalMatch}, one per listed principal, against the best of the searched principals: {@code Name}
 *       (first and last name), {@code Address}, {@code PhoneNumber}/{@code AltPhoneNumber} (the principal's
 *       {@code phone_number}, which Dintero's current docs add).</li>
 *   <li>{@code UrlMatch}, one per listed URL, and {@code UrlGroup}, the listed URLs sorted into exact, close and no
 *       match, ← {@code website_url} ({@link Compare#urls}).</li>
 *   <li>{@code NationalTaxId}, {@code CountrySubdivisionTaxId}, {@code ServiceProv*}, a principal's
 *       {@code NationalId} and {@code DriversLicense}: the seed's search body has no such fields, so they are always
 *       {@code M00}.</li>
 * </ul>
 * A listing is a possible match when at least one indicator is {@code M01} or {@code M02} (so each listing's echoed
 * {@code MinPossibleMatchCount} is "1"). Matches are ordered strongest first: more exact fields, then more phonetic
 * ones, then by reference number, so a page is stable.
 *
 * <h2>Where it looks</h2>
 * {@code search_all} "Y" searches every listing. Otherwise a listing is searched when its country is in
 * {@code search_criteria.country} or its MATCH region in {@code search_criteria.region}; when both are empty the
 * sandbox searches the merchant's own country (the seed does not say what an empty criteria means).
 */
final class MatchSearch {

    private MatchSearch() {
    }

    /** One possible match: the seed's {@code TerminatedMerchant} entry, and how strong it is for ordering. */
    record Hit(ObjectNode entry, int exact, int phonetic, long referenceNumber) {
    }

    static final Comparator<Hit> STRONGEST_FIRST = Comparator.comparingInt(Hit::exact).reversed()
            .thenComparing(Comparator.comparingInt(Hit::phonetic).reversed())
            .thenComparingLong(Hit::referenceNumber);

    /** Every possible match among {@code listings} for a checked search body, strongest first. */
    static List<ObjectNode> run(JsonNode body, List<ObjectNode> listings) {
        JsonNode merchant = body.path("merchant");
        JsonNode criteria = body.path("search_criteria");
        Scope scope = Scope.of(criteria, text(merchant.path("address"), "country"));
        ObjectNode echoedCriteria = echo(criteria);
        List<Hit> hits = new ArrayList<>();
        for (ObjectNode listing : listings) {
            JsonNode listed = listing.path("Merchant");
            if (!scope.includes(text(listed.path("Address"), "Country"), text(listing, "region"))) {
                continue;
            }
            compare(merchant, listing, echoedCriteria).ifPresent(hits::add);
        }
        hits.sort(STRONGEST_FIRST);
        return hits.stream().map(Hit::entry).toList();
    }

    /** The comparison of one listing, if anything matched. */
    static Optional<Hit> compare(JsonNode merchant, ObjectNode listing, ObjectNode echoedCriteria) {
        JsonNode listed = listing.path("Merchant");
        Tally tally = new Tally(Likeness::matchCode);
        ObjectNode match = Json.object();
        match.put("Name", tally.add(Compare.names(text(merchant, "business_name"), text(listed, "Name"))));
        match.put("DoingBusinessAsName",
                tally.add(Compare.names(text(merchant, "trade_name"), text(listed, "DoingBusinessAsName"))));
        match.put("PhoneNumber",
                tally.add(Compare.phones(text(merchant, "phone_number"), text(listed, "PhoneNumber"))));
        match.put("Address", tally.add(Compare.addresses(MatchListings.requested(merchant.path("address")),
                MatchListings.compared(listed.path("Address")))));
        match.put("AltPhoneNumber",
                tally.add(Compare.phones(text(merchant, "phone_number"), text(listed, "AltPhoneNumber"))));
        match.put("CountrySubdivisionTaxId", Likeness.NONE.matchCode());
        match.put("NationalTaxId", Likeness.NONE.matchCode());
        match.put("ServiceProvLegal", Likeness.NONE.matchCode());
        match.put("ServiceProvDBA", Likeness.NONE.matchCode());

        ArrayNode principalMatches = match.putArray("PrincipalMatch");
        for (JsonNode principal : listed.path("Principal")) {
            Likeness name = Likeness.NONE;
            Likeness address = Likeness.NONE;
            Likeness phone = Likeness.NONE;
            Likeness altPhone = Likeness.NONE;
            for (JsonNode searched : merchant.path("principals")) {
                name = name.or(Compare.person(text(searched, "first_name"), text(searched, "last_name"),
                        text(principal, "FirstName"), text(principal, "LastName")));
                address = address.or(Compare.addresses(MatchListings.requested(searched.path("address")),
                        MatchListings.compared(principal.path("Address"))));
                phone = phone.or(Compare.phones(text(searched, "phone_number"), text(principal, "PhoneNumber")));
                altPhone = altPhone.or(Compare.phones(text(searched, "phone_number"), text(principal, "AltPhoneNumber")));
            }
            ObjectNode pm = principalMatches.addObject();
            pm.put("Name", tally.add(name));
            pm.put("Address", tally.add(address));
            pm.put("PhoneNumber", tally.add(phone));
            pm.put("AltPhoneNumber", tally.add(altPhone));
            pm.put("NationalId", Likeness.NONE.matchCode());
            pm.put("DriversLicense", Likeness.NONE.matchCode());
        }

        ArrayNode urlMatches = match.putArray("UrlMatch");
        ObjectNode groups = Json.object();
        ArrayNode exactUrls = groups.putObject("ExactMatchUrls").putArray("Url");
        ArrayNode closeUrls = groups.putObject("CloseMatchUrls").putArray("Url");
        ArrayNode otherUrls = groups.putObject("NoMatchUrls").putArray("Url");
        for (JsonNode url : listed.path("Url")) {
            Likeness likeness = Compare.urls(text(merchant, "website_url"), url.asText());
            urlMatches.addObject().put("url", tally.add(likeness));
            (likeness == Likeness.EXACT ? exactUrls : likeness == Likeness.PHONETIC ? closeUrls : otherUrls)
                    .add(url.asText());
        }
        if (tally.exact() + tally.phonetic() == 0) {
            return Optional.empty();
        }
        ObjectNode shown = listed.deepCopy();
        shown.set("SearchCriteria", echoedCriteria);
        shown.putArray("UrlGroup").add(groups);
        ObjectNode entry = Json.object();
        entry.set("Merchant", reorder(shown));
        entry.set("MerchantMatch", match);
        return Optional.of(new Hit(entry, tally.exact(), tally.phonetic(), listing.path("merchant_reference_number").asLong()));
    }

    /** The Merchant keys in the seed example's order, so a stored listing and a fresh one print alike. */
    private static ObjectNode reorder(ObjectNode merchant) {
        ObjectNode ordered = Json.object();
        for (String key : List.of("Name", "DoingBusinessAsName", "Address", "PhoneNumber", "AltPhoneNumber",
                "NationalTaxId", "CountrySubdivisionTaxId", "ServiceProvLegal", "ServiceProvDBA", "Url", "Principal",
                "SearchCriteria", "AddedOnDate", "TerminationReasonCode", "AddedByAcquirerID", "UrlGroup",
                "Comments")) {
            ordered.set(key, merchant.get(key));
        }
        return ordered;
    }

    /** The inquiry's criteria in MATCH's form, as each possible match carries them. */
    private static ObjectNode echo(JsonNode criteria) {
        ObjectNode echoed = Json.object();
        String searchAll = text(criteria, "search_all");
        echoed.put("SearchAll", searchAll == null ? "N" : searchAll.toUpperCase(Locale.ROOT));
        ArrayNode regions = echoed.putArray("Region");
        criteria.path("region").forEach(r -> regions.add(r.asText()));
        ArrayNode countries = echoed.putArray("Country");
        criteria.path("country").forEach(c -> countries.add(c.asText().toUpperCase(Locale.ROOT)));
        echoed.put("MinPossibleMatchCount", "1");
        return echoed;
    }

    /** Which listings an inquiry may see. */
    record Scope(boolean all, Set<String> countries, Set<String> regions) {

        static Scope of(JsonNode criteria, String merchantCountry) {
            boolean all = "Y".equalsIgnoreCase(text(criteria, "search_all"));
            Set<String> countries = new HashSet<>();
            criteria.path("country").forEach(c -> countries.add(Countries.alpha2(c.asText())));
            Set<String> regions = new HashSet<>();
            criteria.path("region").forEach(r -> regions.add(r.asText().toUpperCase(Locale.ROOT)));
            if (!all && countries.isEmpty() && regions.isEmpty() && merchantCountry != null) {
                countries.add(Countries.alpha2(merchantCountry));
            }
            return new Scope(all, countries, regions);
        }

        boolean includes(String listingCountry, String listingRegion) {
            return all || countries.contains(Countries.alpha2(listingCountry))
                    || listingRegion != null && regions.contains(listingRegion);
        }
    }
}
