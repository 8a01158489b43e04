package io.accountsdesk.sandbox.demo;

/** A named person (the applicant, a contact) with reachable details. */
record DemoPerson(String firstName, String lastName, String email, String phoneNumber) {

    String fullName() {
        return firstName + " " + lastName;
    }
}
