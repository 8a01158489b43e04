package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to a MATCH termination inquiry: one page of possible matches and the inquiry's reference number (IRN),
 * by which the result can be fetched again.
 *
 * <h2>Two spellings of the same result</h2>
 * The seed writes everything inside {@code possible_matches} in MATCH's PascalCase ({@code TerminatedMerchant},
 * {@code MerchantMatch}, …). Dintero's current published docs write it in snake_case ({@code terminated_merchants},
 * {@code total_merchant_matches}, …). The models read both and write the seed's form. The snake_case names are
 * published only for those two fields; the rest are derived by one rule, so they are an educated guess:
 * <ol>
 *   <li>split the PascalCase name into words, keeping an acronym as one word ({@code AddedByAcquirerID} →
 *       {@code added_by_acquirer_id}, {@code ServiceProvDBA} → {@code service_prov_dba}), lower-case them and join
 *       with {@code _};</li>
 *   <li>a list takes the plural, as {@code TerminatedMerchant} → {@code terminated_merchants} does:
 *       {@code Principal} → {@code principals}, {@code Url} → {@code urls}, {@code UrlGroup} → {@code url_groups},
 *       {@code PrincipalMatch} → {@code principal_matches}, {@code UrlMatch} → {@code url_matches};</li>
 *   <li>except where the request already names the same thing: {@code SearchCriteria.Region}/{@code Country} stay
 *       {@code region}/{@code country}, as in the request's {@code search_criteria};</li>
 *   <li>a digit is a word of its own, as in the request's {@code address_line_2}: {@code Line1} → {@code line_1}
 *       ({@code line1} is read as well, since converters disagree here);</li>
 *   <li>{@code TotalLength} → {@code total_merchant_matches} is the one rename, as published.</li>
 * </ol>
 * The keys outside {@code possible_matches} ({@code starting_after}, {@code inquiry_reference_number}) and
 * {@code UrlMatch}'s {@code url} are the same in both.
 *
 * @param startingAfter          the zero-based offset this page starts at
 * @param inquiryReferenceNumber the IRN; a string here although the IRN path parameter is an integer
 * @param possibleMatches        the seed shows an array of groups; in practice MATCH answers with one
 */
public record MatchResult(
        @JsonProperty("starting_after") Integer startingAfter,
        @JsonProperty("inquiry_reference_number") String inquiryReferenceNumber,
        @JsonProperty("possible_matches") List<PossibleMatches> possibleMatches) {

    /** Every possible match on this page, across groups, in server order ({@code null} entries left out). */
    public List<TerminatedMerchant> merchants() {
        List<TerminatedMerchant> all = new ArrayList<>();
        if (possibleMatches != null) {
            for (PossibleMatches group : possibleMatches) {
                if (group != null && group.terminatedMerchants() != null) {
                    group.terminatedMerchants().stream().filter(java.util.Objects::nonNull).forEach(all::add);
                }
            }
        }
        return all;
    }

    /**
     * How many possible matches the inquiry has in all, or {@code null} when the answer does not say (no group, or a
     * group without a total). Groups' totals add up, because {@link #merchants()} walks all groups as one list.
     */
    public Integer totalMatches() {
        if (possibleMatches == null || possibleMatches.isEmpty()) {
            return null;
        }
        int total = 0;
        for (PossibleMatches group : possibleMatches) {
            if (group == null || group.totalLength() == null) {
                return null;
            }
            total += group.totalLength();
        }
        return total;
    }
}
