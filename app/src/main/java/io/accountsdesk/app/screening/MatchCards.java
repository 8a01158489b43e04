package io.accountsdesk.app.screening;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.client.screening.match.MatchAddress;
import io.accountsdesk.client.screening.match.MatchIndicator;
import io.accountsdesk.client.screening.match.MatchMerchant;
import io.accountsdesk.client.screening.match.MatchPrincipal;
import io.accountsdesk.client.screening.match.MatchedAddress;
import io.accountsdesk.client.screening.match.MatchedMerchant;
import io.accountsdesk.client.screening.match.MatchedPrincipal;
import io.accountsdesk.client.screening.match.MerchantMatch;
import io.accountsdesk.client.screening.match.PrincipalMatch;
import io.accountsdesk.client.screening.match.TerminatedMerchant;
import io.accountsdesk.client.screening.match.UrlGroup;
import io.accountsdesk.client.screening.match.UrlMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * MATCH's possible matches as cards. The client reads MATCH's PascalCase and Dintero's snake_case into the same
 * records, so both render alike here without a case of their own.
 *
 * <p>What MATCH compares that Dintero's search body cannot send (tax ids, a principal's national id and licence) is
 * still shown, with "not sent" in the first column: the reviewer sees the listing's value and that it did not count.
 */
final class MatchCards {

    private final Messages messages;

    MatchCards(Messages messages) {
        this.messages = messages;
    }

    List<ScreeningCard> cards(MatchMerchant sent, List<TerminatedMerchant> merchants) {
        List<ScreeningCard> cards = new ArrayList<>();
        for (TerminatedMerchant merchant : merchants) {
            cards.add(card(sent, merchant));
        }
        return cards;
    }

    ScreeningCard card(MatchMerchant sent, TerminatedMerchant listing) {
        MatchedMerchant listed = listing.merchant() == null ? emptyMerchant() : listing.merchant();
        MerchantMatch match = listing.merchantMatch();
        MatchMerchant searched = sent == null ? new MatchMerchant(null, null, null, null, List.of(), null) : sent;
        String merchantGroup = messages.get("screening.group.merchant");
        String notSent = messages.get("screening.notSent");
        List<ComparisonRow> rows = new ArrayList<>();
        rows.add(row(merchantGroup, "screening.field.legalName", searched.businessName(), listed.name(),
                match == null ? null : match.name()));
        rows.add(row(merchantGroup, "screening.field.tradeName", searched.tradeName(), listed.doingBusinessAsName(),
                match == null ? null : match.doingBusinessAsName()));
        rows.add(row(merchantGroup, "screening.field.address", address(searched.address()),
                address(listed.address()), match == null ? null : match.address()));
        rows.add(row(merchantGroup, "screening.field.phone", searched.phoneNumber(), listed.phoneNumber(),
                match == null ? null : match.phoneNumber()));
        rows.add(row(merchantGroup, "screening.field.altPhone", searched.phoneNumber(), listed.altPhoneNumber(),
                match == null ? null : match.altPhoneNumber()));
        rows.add(row(merchantGroup, "screening.field.taxId", notSent, listed.nationalTaxId(),
                match == null ? null : match.nationalTaxId()));
        rows.add(row(merchantGroup, "screening.field.subdivisionTaxId", notSent, listed.countrySubdivisionTaxId(),
                match == null ? null : match.countrySubdivisionTaxId()));
        rows.add(row(merchantGroup, "screening.field.serviceProvLegal", notSent, listed.serviceProvLegal(),
                match == null ? null : match.serviceProvLegal()));
        rows.add(row(merchantGroup, "screening.field.serviceProvDba", notSent, listed.serviceProvDba(),
                match == null ? null : match.serviceProvDba()));
        rows.addAll(urlRows(merchantGroup, searched.websiteUrl(), listed, match));

        List<MatchedPrincipal> principals = listed.principals() == null ? List.of() : listed.principals();
        List<PrincipalMatch> principalMatches = match == null || match.principalMatches() == null ? List.of()
                : match.principalMatches();
        List<MatchPrincipal> searchedPrincipals = searched.principals() == null ? List.of() : searched.principals();
        for (int i = 0; i < principals.size(); i++) {
            MatchedPrincipal principal = principals.get(i) == null
                    ? new MatchedPrincipal(null, null, null, null, null, null, null, null) : principals.get(i);
            PrincipalMatch pm = i < principalMatches.size() ? principalMatches.get(i) : null;
            MatchPrincipal compared = closest(searchedPrincipals, principal);
            String listedName = Texts.words(principal.firstName(), principal.middleInitial(), principal.lastName());
            String group = messages.format("screening.group.principal", i + 1, listedName == null ? "" : listedName);
            rows.add(row(group, "screening.field.name", compared == null ? null
                            : Texts.words(compared.firstName(), compared.lastName()),
                    listedName, pm == null ? null : pm.name()));
            rows.add(row(group, "screening.field.address", compared == null ? null : address(compared.address()),
                    address(principal.address()), pm == null ? null : pm.address()));
            rows.add(row(group, "screening.field.phone", compared == null ? null : compared.phoneNumber(),
                    principal.phoneNumber(), pm == null ? null : pm.phoneNumber()));
            rows.add(row(group, "screening.field.altPhone", compared == null ? null : compared.phoneNumber(),
                    principal.altPhoneNumber(), pm == null ? null : pm.altPhoneNumber()));
            rows.add(row(group, "screening.field.nationalId", notSent, principal.nationalId(),
                    pm == null ? null : pm.nationalId()));
            rows.add(row(group, "screening.field.driversLicense", notSent,
                    principal.driversLicense() == null ? null : principal.driversLicense().number(),
                    pm == null ? null : pm.driversLicense()));
        }
        String acquirer = listed.addedByAcquirerId();
        return new ScreeningCard(Register.MATCH, listed.name(), acquirer, listed.addedOnDate(),
                listed.terminationReasonCode(), ReasonCodes.label(listed.terminationReasonCode(), messages), null,
                listed.comments(), rows);
    }

    /**
     * One line per listed web address. {@code UrlMatch} entries line up with {@code Url} when MATCH gives both; where
     * they do not, the address's group ({@code ExactMatchUrls}, {@code CloseMatchUrls}) says how it compares.
     */
    private List<ComparisonRow> urlRows(String group, String sentUrl, MatchedMerchant listed, MerchantMatch match) {
        List<ComparisonRow> rows = new ArrayList<>();
        List<String> urls = listed.urls() == null ? List.of() : listed.urls();
        List<UrlMatch> urlMatches = match == null || match.urlMatches() == null ? List.of() : match.urlMatches();
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i);
            String code = i < urlMatches.size() && urlMatches.get(i) != null ? urlMatches.get(i).url() : null;
            FieldMatch how = code == null ? byGroup(url, listed.urlGroups()) : FieldMatch.of(MatchIndicator.of(code));
            rows.add(new ComparisonRow(group, messages.get("screening.field.url"), sentUrl, url, how,
                    code == null ? "" : code));
        }
        if (urls.isEmpty() && !Texts.blank(sentUrl)) {
            rows.add(new ComparisonRow(group, messages.get("screening.field.url"), sentUrl, null, FieldMatch.NONE, ""));
        }
        return rows;
    }

    private static FieldMatch byGroup(String url, List<UrlGroup> groups) {
        if (groups == null || url == null) {
            return FieldMatch.NONE;
        }
        for (UrlGroup g : groups) {
            if (g == null) {
                continue;
            }
            if (g.exactMatchUrls() != null && g.exactMatchUrls().urls() != null
                    && g.exactMatchUrls().urls().contains(url)) {
                return FieldMatch.EXACT;
            }
            if (g.closeMatchUrls() != null && g.closeMatchUrls().urls() != null
                    && g.closeMatchUrls().urls().contains(url)) {
                return FieldMatch.PHONETIC;
            }
        }
        return FieldMatch.NONE;
    }

    /**
     * The sent principal a listed one is most likely compared with: MATCH says only how well the best of them
     * matched, not which. Same last name first, then same first name; with one sent, that one.
     */
    static MatchPrincipal closest(List<MatchPrincipal> sent, MatchedPrincipal listed) {
        if (sent.isEmpty()) {
            return null;
        }
        for (MatchPrincipal p : sent) {
            if (!Texts.fold(p.lastName()).isEmpty() && Texts.fold(p.lastName()).equals(Texts.fold(listed.lastName()))) {
                return p;
            }
        }
        for (MatchPrincipal p : sent) {
            if (!Texts.fold(p.firstName()).isEmpty()
                    && Texts.fold(p.firstName()).equals(Texts.fold(listed.firstName()))) {
                return p;
            }
        }
        return sent.get(0);
    }

    private ComparisonRow row(String group, String fieldKey, String sent, String listed, MatchIndicator indicator) {
        return new ComparisonRow(group, messages.get(fieldKey), Texts.orNull(sent), Texts.orNull(listed),
                FieldMatch.of(indicator), indicator == null || indicator.value() == null ? "" : indicator.value());
    }

    static String address(MatchAddress a) {
        return a == null ? null : Texts.join(a.addressLine(), a.addressLine2(), Texts.words(a.postalCode(), a.city()),
                a.country());
    }

    static String address(MatchedAddress a) {
        return a == null ? null : Texts.join(a.line1(), a.line2(), Texts.words(a.postalCode(), a.city()),
                a.countrySubdivision(), a.province(), a.country());
    }

    private static MatchedMerchant emptyMerchant() {
        return new MatchedMerchant(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }
}
