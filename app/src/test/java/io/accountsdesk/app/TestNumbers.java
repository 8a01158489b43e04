package io.accountsdesk.app;

import java.util.concurrent.ThreadLocalRandom;

/** Numbers tests type into forms: valid, and unlike any in the demo data. */
public final class TestNumbers {

    private TestNumbers() {
    }

    /** A Norwegian organisation number with a right MOD11 check digit, starting with 9 (the demo data's do not). */
    public static String norwegianOrganisationNumber() {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            StringBuilder base = new StringBuilder("9");
            for (int i = 0; i < 7; i++) {
                base.append(ThreadLocalRandom.current().nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (base.charAt(i) - '0') * weights[i];
            }
            int check = 11 - sum % 11;
            if (check != 10) {
                return base.append(check == 11 ? 0 : check).toString();
            }
        }
    }
}
