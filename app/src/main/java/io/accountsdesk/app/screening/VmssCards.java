package io.accountsdesk.app.screening;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.client.screening.vmss.VmssAddress;
import io.accountsdesk.client.screening.vmss.VmssAddressMatch;
import io.accountsdesk.client.screening.vmss.VmssMatchIndicator;
import io.accountsdesk.client.screening.vmss.VmssMatchedRecord;
import io.accountsdesk.client.screening.vmss.VmssMerchant;
import io.accountsdesk.client.screening.vmss.VmssPrincipal;
import io.accountsdesk.client.screening.vmss.VmssPrincipalMatch;
import io.accountsdesk.client.screening.vmss.VmssRecordMatch;
import io.accountsdesk.client.screening.vmss.VmssTerminatedRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * VMSS's matched records as cards in the same grid as MATCH's. VMSS compares the parts of an address one by one,
 * so its address takes a line per part; its listing reasons carry their text already ("29-Bankruptcy/…").
 */
final class VmssCards {

    private final Messages messages;

    VmssCards(Messages messages) {
        this.messages = messages;
    }

    List<ScreeningCard> cards(VmssMerchant sent, List<VmssMatchedRecord> records) {
        List<ScreeningCard> cards = new ArrayList<>();
        for (VmssMatchedRecord record : records) {
            if (record != null) {
                cards.add(card(sent, record));
            }
        }
        return cards;
    }

    ScreeningCard card(VmssMerchant sent, VmssMatchedRecord record) {
        VmssTerminatedRecord listed = record.terminatedRecord() == null ? emptyRecord() : record.terminatedRecord();
        VmssRecordMatch match = record.terminatedRecordMatch();
        VmssMerchant searched = sent == null
                ? new VmssMerchant(null, null, null, null, null, List.of(), List.of(), null, null, List.of(), List.of(), null)
                : sent;
        String group = messages.get("screening.group.merchant");
        List<ComparisonRow> rows = new ArrayList<>();
        rows.add(row(group, "screening.field.legalName", searched.legalName(), listed.legalName(),
                match == null ? null : match.legalName()));
        rows.add(row(group, "screening.field.tradeName", searched.dbaName(), listed.dbaName(),
                match == null ? null : match.dbaName()));
        VmssAddress sentAddress = searched.address();
        VmssAddress listedAddress = listed.address();
        VmssAddressMatch am = match == null ? null : match.addressMatch();
        rows.add(row(group, "screening.field.street", part(sentAddress, VmssAddress::streetAddress),
                part(listedAddress, VmssAddress::streetAddress), am == null ? null : am.streetAddress()));
        rows.add(row(group, "screening.field.postalCode", part(sentAddress, VmssAddress::zipOrPostalCode),
                part(listedAddress, VmssAddress::zipOrPostalCode), am == null ? null : am.zipOrPostalCode()));
        rows.add(row(group, "screening.field.city", part(sentAddress, VmssAddress::city),
                part(listedAddress, VmssAddress::city), am == null ? null : am.city()));
        rows.add(row(group, "screening.field.stateOrProvince", part(sentAddress, VmssAddress::stateOrProvince),
                part(listedAddress, VmssAddress::stateOrProvince), am == null ? null : am.stateOrProvince()));
        rows.add(row(group, "screening.field.country", part(sentAddress, VmssAddress::countryOrRegion),
                part(listedAddress, VmssAddress::countryOrRegion), am == null ? null : am.countryOrRegion()));
        rows.add(row(group, "screening.field.taxId", searched.taxId(), listed.taxId(),
                match == null ? null : match.taxId()));
        rows.add(row(group, "screening.field.registrationNumber", searched.businessRegistrationNumber(),
                listed.businessRegistrationNumber(), match == null ? null : match.businessRegistrationNumber()));
        rows.add(row(group, "screening.field.email", searched.businessEmailAddress(), listed.businessEmailAddress(),
                match == null ? null : match.businessEmailAddress()));
        rows.add(row(group, "screening.field.phone", Texts.joinList(searched.businessPhoneNumbers()),
                Texts.joinList(listed.businessPhoneNumbers()), match == null ? null : match.businessPhoneNumbers()));
        rows.add(row(group, "screening.field.mcc", Texts.joinList(searched.merchantCategoryCodes()),
                Texts.joinList(listed.merchantCategoryCodes()), match == null ? null : match.merchantCategoryCodes()));
        rows.add(row(group, "screening.field.online", yesNo(searched.tradeOverInternet()),
                yesNo(listed.tradeOverInternet()), match == null ? null : match.tradeOverInternet()));

        List<VmssPrincipal> principals = listed.principals() == null ? List.of() : listed.principals();
        List<VmssPrincipalMatch> matches = match == null || match.principalsMatch() == null ? List.of()
                : match.principalsMatch();
        List<VmssPrincipal> sentPrincipals = searched.principals() == null ? List.of() : searched.principals();
        for (int i = 0; i < principals.size(); i++) {
            VmssPrincipal principal = principals.get(i) == null
                    ? new VmssPrincipal(null, null, null, null, null, null, null, null) : principals.get(i);
            VmssPrincipalMatch pm = i < matches.size() ? matches.get(i) : null;
            VmssPrincipal compared = closest(sentPrincipals, principal);
            String principalGroup = messages.format("screening.group.principal", i + 1,
                    principal.name() == null ? "" : principal.name());
            rows.add(row(principalGroup, "screening.field.name", value(compared, VmssPrincipal::name), principal.name(),
                    pm == null ? null : pm.name()));
            rows.add(row(principalGroup, "screening.field.nationalId", value(compared, VmssPrincipal::residentIdOrNationalId),
                    principal.residentIdOrNationalId(), pm == null ? null : pm.residentIdOrNationalId()));
            rows.add(row(principalGroup, "screening.field.ssn", value(compared, VmssPrincipal::ssn), principal.ssn(),
                    pm == null ? null : pm.ssn()));
            rows.add(row(principalGroup, "screening.field.passport", value(compared, VmssPrincipal::passportNumber),
                    principal.passportNumber(), pm == null ? null : pm.passportNumber()));
            rows.add(row(principalGroup, "screening.field.driversLicense",
                    value(compared, VmssPrincipal::driverLicenseNumber), principal.driverLicenseNumber(),
                    pm == null ? null : pm.driverLicenseNumber()));
            rows.add(row(principalGroup, "screening.field.phone", value(compared, VmssPrincipal::businessPhoneNumber),
                    principal.businessPhoneNumber(), pm == null ? null : pm.businessPhoneNumber()));
            rows.add(row(principalGroup, "screening.field.email", value(compared, VmssPrincipal::businessEmailAddress),
                    principal.businessEmailAddress(), pm == null ? null : pm.businessEmailAddress()));
        }
        String listedBy = Texts.blank(record.acquirerName()) ? record.acquirerBid()
                : messages.format("screening.vmss.acquirer", record.acquirerName(),
                record.acquirerBid() == null ? "" : record.acquirerBid());
        String reason = Texts.join(listed.primaryListingReason(), listed.secondaryListingReason());
        return new ScreeningCard(Register.VMSS, Texts.blank(listed.legalName()) ? listed.dbaName() : listed.legalName(),
                listedBy, listed.contractEndDate() == null ? null : listed.contractEndDate().toString(),
                listed.primaryListingReason(), reason == null ? messages.get("screening.reason.none") : reason,
                record.terminatedRefId(), null, rows);
    }

    private static <T> String part(T value, Function<T, String> getter) {
        return value == null ? null : getter.apply(value);
    }

    private static String value(VmssPrincipal principal, Function<VmssPrincipal, String> getter) {
        return principal == null ? null : getter.apply(principal);
    }

    /** As for MATCH: VMSS says how the best sent principal compared, not which; same name first, else the first. */
    static VmssPrincipal closest(List<VmssPrincipal> sent, VmssPrincipal listed) {
        if (sent.isEmpty()) {
            return null;
        }
        for (VmssPrincipal p : sent) {
            if (!Texts.fold(p.name()).isEmpty() && Texts.fold(p.name()).equals(Texts.fold(listed.name()))) {
                return p;
            }
        }
        String listedLast = lastWord(listed.name());
        for (VmssPrincipal p : sent) {
            if (!listedLast.isEmpty() && lastWord(p.name()).equals(listedLast)) {
                return p;
            }
        }
        return sent.get(0);
    }

    private static String lastWord(String name) {
        String folded = Texts.fold(name);
        int space = folded.lastIndexOf(' ');
        return space < 0 ? folded : folded.substring(space + 1);
    }

    private String yesNo(Boolean value) {
        return value == null ? null : messages.get(value ? "screening.yes" : "screening.no");
    }

    private ComparisonRow row(String group, String fieldKey, String sent, String listed, VmssMatchIndicator indicator) {
        return new ComparisonRow(group, messages.get(fieldKey), Texts.orNull(sent), Texts.orNull(listed),
                FieldMatch.of(indicator), indicator == null || indicator.value() == null ? "" : indicator.value());
    }

    private static VmssTerminatedRecord emptyRecord() {
        return new VmssTerminatedRecord(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }
}
