package io.accountsdesk.app.core.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.core.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** E.164 phone numbers: what passes, what does not, and what is sent. */
class ValidatorsTest {

    private final Validators check = new Validators(Messages.load(Locale.ENGLISH));

    @Test
    void internationalPhoneNumbersNeedTheirCountryCode() {
        Validator<String> phone = check.internationalPhone();
        assertThat(phone.check("+47 22 33 44 55")).isNull();
        assertThat(phone.check("+46 (8) 123-456-78")).isNull();
        assertThat(phone.check("")).as("optional when empty").isNull();
        assertThat(phone.check("22 33 44 55")).contains("country code");
        assertThat(phone.check("+0 22 33 44 55")).as("no country code starts with 0").isNotNull();
        assertThat(phone.check("+47 1234567890123456")).as("at most 15 digits").isNotNull();
        assertThat(phone.check("+47 22x33")).isNotNull();
        assertThat(Validators.e164(" +47 (22) 33-44 55 ")).isEqualTo("+4722334455");
    }
}
