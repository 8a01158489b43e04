package io.accountsdesk.client.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.http.InvalidParameterException;
import java.util.regex.Pattern;

/**
 * Turns the signed-in user's SMS second factor on or off.
 *
 * @param phoneNumber the mobile number codes go to, with its international prefix ({@code +4791234567}); the seed
 *                    requires it when enabling
 * @param enabled     required
 */
public record SmsMfaUpdate(
        @JsonProperty("phone_number") String phoneNumber,
        @JsonProperty("enabled") Boolean enabled) {

    /** The seed's pattern for {@code phone_number} (ITU E.123 with international prefix). */
    public static final Pattern PHONE_NUMBER = Pattern.compile("^\\+?\\d{5,15}$");

    /** Sends codes to {@code phoneNumber} from now on. */
    public static SmsMfaUpdate enable(String phoneNumber) {
        return new SmsMfaUpdate(phoneNumber, true).checked();
    }

    public static SmsMfaUpdate disable() {
        return new SmsMfaUpdate(null, false);
    }

    /**
     * This update, if the server can accept it: {@code enabled} is set and, when enabling, the phone number is present
     * and matches {@link #PHONE_NUMBER}. Checked here so a typo is reported against the field, not as a 400.
     */
    public SmsMfaUpdate checked() {
        if (enabled == null) {
            throw new InvalidParameterException("enabled", "Say whether SMS codes should be on or off.");
        }
        if (enabled && (phoneNumber == null || phoneNumber.isBlank())) {
            throw new InvalidParameterException("phone_number", "A mobile number is needed to turn on SMS codes.");
        }
        if (phoneNumber != null && !PHONE_NUMBER.matcher(phoneNumber).matches()) {
            throw new InvalidParameterException("phone_number", "'" + phoneNumber
                    + "' is not a mobile number: use 5 to 15 digits with the international prefix, like +4791234567.");
        }
        return this;
    }
}
