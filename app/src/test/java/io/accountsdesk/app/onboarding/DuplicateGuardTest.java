package io.accountsdesk.app.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the duplicate guard compares companies: organisation-number digits, and names without their legal form. */
class DuplicateGuardTest {

    @Test
    void namesAreComparedWithoutLegalFormCaseOrAccents() {
        assertThat(DuplicateGuard.coreName("Nordic Bakery AS")).isEqualTo("nordic bakery");
        assertThat(DuplicateGuard.coreName("  Kafé Åsen, ASA ")).isEqualTo("kafe asen");
        assertThat(DuplicateGuard.coreName("AB Svensk Handel")).isEqualTo("svensk handel");
        assertThat(DuplicateGuard.coreName("AS")).as("a name that is only a legal form stays").isEqualTo("as");
        assertThat(DuplicateGuard.coreName(null)).isEmpty();
    }

    @Test
    void similarMeansTheSameOrOneIsTheOtherWithMoreWords() {
        assertThat(DuplicateGuard.similar("nordic bakery", "nordic bakery")).isTrue();
        assertThat(DuplicateGuard.similar("nordic bakery", "nordic bakery oslo")).isTrue();
        assertThat(DuplicateGuard.similar("nordic bakery oslo", "nordic bakery")).isTrue();
        assertThat(DuplicateGuard.similar("nordic bake", "nordic bakery")).as("whole words only").isFalse();
        assertThat(DuplicateGuard.similar("nordic bakery", "southern bakery")).isFalse();
        assertThat(DuplicateGuard.similar("", "nordic")).isFalse();
    }

    @Test
    void organisationNumbersAreComparedByTheirDigits() {
        assertThat(DuplicateGuard.digits("NO 923 456 789 MVA")).isEqualTo("923456789");
        assertThat(DuplicateGuard.digits(null)).isEmpty();
    }
}
