package io.accountsdesk.app.screening;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.client.screening.match.MatchAddress;
import io.accountsdesk.client.screening.match.MatchApi;
import io.accountsdesk.client.screening.match.MatchMerchant;
import io.accountsdesk.client.screening.match.MatchPrincipal;
import io.accountsdesk.client.screening.match.MatchSearchCriteria;
import io.accountsdesk.client.screening.match.MatchSearchRequest;
import io.accountsdesk.client.screening.vmss.VmssAddress;
import io.accountsdesk.client.screening.vmss.VmssMerchant;
import io.accountsdesk.client.screening.vmss.VmssPrincipal;
import io.accountsdesk.client.screening.vmss.VmssSearchRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The merchant and principals a screening sends, and where MATCH looks. One form feeds both registers: MATCH's body
 * names the fields in snake_case ({@code business_name}), VMSS's in Visa's words ({@code legalName}, {@code DBAName},
 * {@code taxID}); each field's path is MATCH's, so a MATCH 400 lands on it.
 *
 * <p>The checks are what the seed and the registers need (the seed shows both bodies only by example): a legal name,
 * a street, city and country for the merchant; a first and last name for each principal sent; MATCH's countries in
 * ISO 3166 (typed as the account stores them, alpha-2, and sent as alpha-3), its regions from its list, and a page
 * of 1 to 100. VMSS also needs the trading name and its category.
 */
final class ScreeningForm {

    /** MATCH's region codes (seed example "1", "A", "D"; MATCH's list: U.S., Canada, Latin America, Asia/Pacific, Europe, South Asia/Middle East/Africa). */
    static final List<String> REGIONS = List.of("1", "A", "B", "C", "D", "E");
    private static final Pattern MCC = Pattern.compile("^\\d{4}$");
    private static final Pattern DIGITS = Pattern.compile("^\\d{1,3}$");
    private static final Pattern SSN = Pattern.compile("^.{11}$");

    private final Messages messages;
    private final Form form;
    final FormField<String> legalName;
    final FormField<String> tradeName;
    final FormField<String> addressLine;
    final FormField<String> addressLine2;
    final FormField<String> postalCode;
    final FormField<String> city;
    final FormField<String> country;
    final FormField<String> phone;
    final FormField<String> taxId;
    final FormField<String> website;
    final FormField<String> email;
    final FormField<String> mcc;
    final FormField<String> vmssCategory;
    final FormField<Boolean> online;
    final FormField<Boolean> searchAll;
    final FormField<String> regions;
    final FormField<String> countries;
    final FormField<String> minMatches;
    final FormField<String> pageSize;
    final List<PrincipalFields> principals = new ArrayList<>();

    ScreeningForm(Messages messages) {
        this.messages = messages;
        this.form = Form.forNew(messages);
        Validators check = new Validators(messages);
        legalName = form.add(text("merchant.business_name", "screening.field.legalName"))
                .validatedBy(check.required(), check.maxLength(200));
        tradeName = form.add(text("merchant.trade_name", "screening.field.tradeName")).validatedBy(check.maxLength(200));
        addressLine = form.add(text("merchant.address.address_line", "screening.field.street"))
                .validatedBy(check.required());
        addressLine2 = form.add(text("merchant.address.address_line_2", "screening.field.street2"));
        postalCode = form.add(text("merchant.address.postal_code", "screening.field.postalCode"));
        city = form.add(text("merchant.address.city", "screening.field.city")).validatedBy(check.required());
        country = form.add(text("merchant.address.country", "screening.field.country"))
                .validatedBy(check.required(), check.countryCode());
        phone = form.add(text("merchant.phone_number", "screening.field.phone")).validatedBy(check.phone());
        taxId = form.add(text("merchant.tax_id", "screening.field.taxIdForm")).validatedBy(check.maxLength(40));
        website = form.add(text("merchant.website_url", "screening.field.url")).validatedBy(check.maxLength(255));
        email = form.add(text("merchant.email", "screening.field.email")).validatedBy(check.email());
        mcc = form.add(text("merchant.merchant_category", "screening.field.mcc"))
                .validatedBy(check.pattern(MCC, "5812"));
        vmssCategory = form.add(text("merchant.category", "screening.field.vmssCategory"))
                .validatedBy(check.maxLength(10));
        vmssCategory.reset("1");
        online = form.add(new FormField<>("merchant.tradeOverInternet", messages.get("screening.field.online"), false,
                value -> messages.get(Boolean.TRUE.equals(value) ? "screening.yes" : "screening.no")));
        searchAll = form.add(new FormField<>("search_criteria.search_all", messages.get("screening.option.searchAll"),
                false, value -> Boolean.TRUE.equals(value) ? "Y" : "N"));
        regions = form.add(text("search_criteria.region", "screening.option.regions"))
                .validatedBy(value -> listCheck(value, code -> REGIONS.contains(code.toUpperCase(Locale.ROOT)),
                        messages.format("validation.oneOf", String.join(", ", REGIONS))));
        countries = form.add(text("search_criteria.country", "screening.option.countries"))
                .validatedBy(value -> listCheck(value, ScreeningForm::isCountry,
                        messages.get("screening.validation.countries")));
        minMatches = form.add(text("min_possible_match_count", "screening.option.minMatches"))
                .validatedBy(check.required(), check.pattern(DIGITS, "1"), value -> !Texts.blank(value)
                        && DIGITS.matcher(value.strip()).matches() && Integer.parseInt(value.strip()) < 1
                        ? messages.format("screening.validation.between", 1, 999) : null);
        minMatches.reset("1");
        pageSize = form.add(text("limit", "screening.option.pageSize"))
                .validatedBy(check.required(), check.pattern(DIGITS, "20"), value -> !Texts.blank(value)
                        && DIGITS.matcher(value.strip()).matches() && (Integer.parseInt(value.strip()) < 1
                        || Integer.parseInt(value.strip()) > MatchApi.MAX_LIMIT)
                        ? messages.format("screening.validation.between", 1, MatchApi.MAX_LIMIT) : null);
        pageSize.reset(String.valueOf(MatchApi.DEFAULT_LIMIT));
        for (int i = 0; i < ScreeningSubject.MAX_PRINCIPALS; i++) {
            principals.add(new PrincipalFields(form, i, messages));
        }
        // A VMSS 400 names Visa's fields; they land on the same inputs.
        form.alias("merchant.legalName", legalName);
        form.alias("merchant.DBAName", tradeName);
        form.alias("merchant.taxID", taxId);
        form.alias("merchant.businessRegistrationNumber", taxId);
        form.alias("merchant.businessEmailAddress", email);
        form.alias("merchant.address.streetAddress", addressLine);
        form.alias("merchant.address.countryOrRegion", country);
        form.alias("merchant.address.zipOrPostalCode", postalCode);
        form.alias("merchant.tradeOverInternet", online);
        form.alias("merchant.merchantCategoryCodes", mcc);
    }

    private FormField<String> text(String path, String labelKey) {
        return FormField.text(path, messages.get(labelKey), "");
    }

    /** An ISO 3166 country, alpha-2 as the account stores it or alpha-3 as MATCH writes it. */
    private static boolean isCountry(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        return Arrays.stream(Locale.getISOCountries())
                .anyMatch(c -> c.equals(upper) || Locale.of("", c).getISO3Country().equals(upper));
    }

    private static String listCheck(String value, java.util.function.Predicate<String> ok, String message) {
        for (String code : split(value)) {
            if (!ok.test(code)) {
                return message;
            }
        }
        return null;
    }

    static List<String> split(String value) {
        if (Texts.blank(value)) {
            return List.of();
        }
        return Arrays.stream(value.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    Form form() {
        return form;
    }

    boolean hasRegion(String code) {
        return split(regions.value()).stream().anyMatch(r -> r.equalsIgnoreCase(code));
    }

    /** Adds or takes out one MATCH region, keeping the list in MATCH's order. */
    void region(String code, boolean on) {
        List<String> chosen = new ArrayList<>(REGIONS.stream().filter(r -> r.equals(code) ? on : hasRegion(r)).toList());
        // Codes typed that MATCH does not know stay, so the check still shows them.
        split(regions.value()).stream().filter(r -> !REGIONS.contains(r.toUpperCase(Locale.ROOT))).forEach(chosen::add);
        regions.set(String.join(", ", chosen));
    }

    /** Fills the form from the account; the scope starts at the merchant's own country. */
    void fill(ScreeningSubject subject) {
        legalName.reset(subject.legalName());
        tradeName.reset(subject.tradeName());
        addressLine.reset(subject.addressLine());
        addressLine2.reset(subject.addressLine2());
        postalCode.reset(subject.postalCode());
        city.reset(subject.city());
        country.reset(subject.country() == null ? "" : subject.country().strip().toUpperCase(Locale.ROOT));
        phone.reset(subject.phone());
        taxId.reset(subject.organisationNumber());
        website.reset(subject.website());
        email.reset(subject.email());
        mcc.reset(subject.mcc());
        online.reset(!Texts.blank(subject.website()));
        searchAll.reset(false);
        regions.reset("");
        countries.reset(Texts.blank(subject.country()) ? "" : Texts.alpha3(subject.country()));
        for (int i = 0; i < principals.size(); i++) {
            if (i < subject.principals().size()) {
                principals.get(i).fill(subject.principals().get(i), country.value());
            } else {
                principals.get(i).clear();
            }
        }
    }

    List<PrincipalFields> principalsInUse() {
        return principals.stream().filter(PrincipalFields::inUse).toList();
    }

    /**
     * The request numbers the principals it sends, skipping empty slots; a server's {@code errors[]} names them by
     * that number ({@code merchant.principals[1].last_name}), in MATCH's or Visa's words. Each is pointed at its slot.
     */
    private void aliasSentPrincipals() {
        List<PrincipalFields> sent = principalsInUse();
        for (int i = 0; i < sent.size(); i++) {
            PrincipalFields p = sent.get(i);
            String at = "merchant.principals." + i + ".";
            form.alias(at + "first_name", p.firstName);
            form.alias(at + "last_name", p.lastName);
            form.alias(at + "address", p.addressLine);
            form.alias(at + "address.address_line", p.addressLine);
            form.alias(at + "address.postal_code", p.postalCode);
            form.alias(at + "address.city", p.city);
            form.alias(at + "address.country", p.country);
            form.alias(at + "phone_number", p.phone);
            form.alias(at + "email", p.email);
            form.alias(at + "name", p.lastName);
            form.alias(at + "businessPhoneNumber", p.phone);
            form.alias(at + "businessEmailAddress", p.email);
            form.alias(at + "residentIDOrNationalID", p.nationalId);
        }
    }

    int pageSize() {
        return Integer.parseInt(pageSize.value().strip());
    }

    int minMatches() {
        return Integer.parseInt(minMatches.value().strip());
    }

    MatchAddress matchAddress() {
        return new MatchAddress(Texts.orNull(addressLine.value()), Texts.orNull(addressLine2.value()),
                Texts.orNull(city.value()), Texts.orNull(postalCode.value()), Texts.alpha3(country.value()));
    }

    List<MatchPrincipal> matchPrincipals() {
        List<MatchPrincipal> list = new ArrayList<>();
        for (PrincipalFields p : principalsInUse()) {
            MatchAddress address = p.hasAddress() ? new MatchAddress(p.addressLine.value().strip(), null,
                    Texts.orNull(p.city.value()), Texts.orNull(p.postalCode.value()),
                    Texts.alpha3(Texts.blank(p.country.value()) ? country.value() : p.country.value())) : null;
            list.add(new MatchPrincipal(p.firstName.value().strip(), p.lastName.value().strip(), address,
                    Texts.orNull(p.email.value()), Texts.orNull(p.phone.value()), null));
        }
        return list;
    }

    MatchMerchant matchMerchant() {
        aliasSentPrincipals();
        return new MatchMerchant(legalName.value().strip(), Texts.orNull(tradeName.value()),
                Texts.orNull(website.value()), matchAddress(), matchPrincipals(), Texts.orNull(phone.value()));
    }

    MatchSearchRequest matchRequest() {
        aliasSentPrincipals();
        List<String> regionList = split(regions.value()).stream().map(r -> r.toUpperCase(Locale.ROOT)).toList();
        List<String> countryList = split(countries.value()).stream().map(Texts::alpha3).toList();
        return new MatchSearchRequest(matchMerchant(), new MatchSearchCriteria(
                Boolean.TRUE.equals(searchAll.value()) ? "Y" : "N", regionList, countryList));
    }

    /** Visa's names for the same merchant: {@code legalName}, {@code DBAName}, {@code taxID}, {@code countryOrRegion}. */
    VmssMerchant vmssMerchant() {
        List<VmssPrincipal> people = new ArrayList<>();
        for (PrincipalFields p : principalsInUse()) {
            people.add(new VmssPrincipal(null, p.fullName(), null, null, Texts.orNull(p.phone.value()), null,
                    Texts.orNull(p.email.value()), Texts.orNull(p.nationalId.value())));
        }
        String dba = Texts.blank(tradeName.value()) ? legalName.value().strip() : tradeName.value().strip();
        return new VmssMerchant(new VmssAddress(Texts.orNull(city.value()), country.value().strip().toUpperCase(Locale.ROOT),
                Texts.orNull(Texts.join(addressLine.value(), addressLine2.value())), null,
                Texts.orNull(postalCode.value())), Texts.orNull(taxId.value()), dba,
                Texts.blank(vmssCategory.value()) ? "1" : vmssCategory.value().strip(), legalName.value().strip(),
                people, List.of(), Boolean.TRUE.equals(online.value()), Texts.orNull(email.value()),
                Texts.blank(phone.value()) ? List.of() : List.of(phone.value().strip()),
                Texts.blank(mcc.value()) ? List.of() : List.of(mcc.value().strip()), Texts.orNull(taxId.value()));
    }

    VmssSearchRequest vmssRequest() {
        aliasSentPrincipals();
        return new VmssSearchRequest(vmssMerchant());
    }

    /** Shows every field's message and says whether the form can be sent. */
    boolean validate() {
        return form.validateAll();
    }
}
