package io.accountsdesk.app.screening;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.Address;
import io.accountsdesk.client.accounts.Applicant;
import io.accountsdesk.client.accounts.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merchant and its principals as the account describes them: what the screening form starts from. The account
 * has no list of owners; its applicant is one, and the people who sign a connection's agreement
 * ({@code signature.signatures[]} of a signup) are others. The account has no web address either; a connection
 * signup's {@code website} is used when one gives it.
 */
record ScreeningSubject(String legalName, String tradeName, String addressLine, String addressLine2,
                        String postalCode, String city, String country, String phone, String organisationNumber,
                        String website, String email, String mcc, List<Person> principals) {

    /** MATCH takes "up to five principal owners per merchant". */
    static final int MAX_PRINCIPALS = 5;

    record Person(String firstName, String lastName, String addressLine, String postalCode, String city,
                  String country, String phone, String email) {
    }

    static ScreeningSubject of(Account account) {
        AccountCompany company = account.company();
        Address address = company == null ? null : company.address();
        Map<String, Person> people = new LinkedHashMap<>();
        Applicant applicant = account.applicant();
        if (applicant != null && !Texts.blank(applicant.fullName())) {
            add(people, new Person(applicant.firstName(), applicant.lastName(), null, null, null, null,
                    applicant.phoneNumber(), applicant.email()));
        }
        String website = null;
        for (JsonNode signup : signups(account)) {
            for (JsonNode signatory : signup.path("signature").path("signatures")) {
                String name = signatory.path("name").asText("").strip();
                if (!name.isEmpty()) {
                    int space = name.lastIndexOf(' ');
                    add(people, new Person(space < 0 ? name : name.substring(0, space),
                            space < 0 ? "" : name.substring(space + 1), null, null, null, null, null,
                            Texts.orNull(signatory.path("email").asText(null))));
                }
            }
            if (website == null && !signup.path("website").asText("").isBlank()) {
                website = signup.path("website").asText().strip();
            }
        }
        List<Person> principals = new ArrayList<>(people.values());
        String mcc = company != null && !Texts.blank(company.merchantCategoryCode()) ? company.merchantCategoryCode()
                : account.merchantCategoryCode();
        return new ScreeningSubject(company == null ? null : company.businessName(),
                company == null ? null : company.displayName(),
                address == null ? null : address.addressLine(), address == null ? null : address.addressLine2(),
                address == null ? null : address.postalCode(), address == null ? null : address.postalPlace(),
                address == null ? null : address.country(), company == null ? null : company.phoneNumber(),
                company == null ? null : company.organizationNumber(), website,
                company == null ? null : company.email(), mcc,
                principals.subList(0, Math.min(MAX_PRINCIPALS, principals.size())));
    }

    /** One person once, however many signups name them. */
    private static void add(Map<String, Person> people, Person person) {
        people.putIfAbsent(Texts.fold(Texts.words(person.firstName(), person.lastName())), person);
    }

    private static List<JsonNode> signups(Account account) {
        List<JsonNode> all = new ArrayList<>();
        for (Connection connection : account.connections().values()) {
            collect(all, connection);
        }
        return all;
    }

    private static void collect(List<JsonNode> all, Connection connection) {
        if (connection == null) {
            return;
        }
        if (connection.signup() != null) {
            all.add(connection.signup());
        }
        for (List<JsonNode> list : java.util.Arrays.asList(connection.signups(), connection.directSignups(),
                connection.submerchantSignups())) {
            if (list != null) {
                list.stream().filter(java.util.Objects::nonNull).forEach(all::add);
            }
        }
        collect(all, connection.creditcard());
    }
}
