package io.accountsdesk.sandbox.demo;

/** The merchant behind a demo account; one value object so every part of the document tells the same story. */
record DemoCompany(
        Country country,
        Industry industry,
        String businessName,
        String displayName,
        String organizationNumber,
        String addressLine,
        String postalCode,
        String city,
        String bankName,
        String iban,
        String domain,
        String phoneNumber) {

    String email(String localPart) {
        return localPart + "@" + domain;
    }

    String website() {
        return "https://www." + domain;
    }
}
