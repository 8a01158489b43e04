package io.accountsdesk.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * Removes secrets and personal data from headers and bodies before anything is logged. The transport's debug log
 * passes every header and body through here, and nothing else logs bodies.
 *
 * <p>Keys are compared without case, dashes or underscores, so {@code client_secret}, {@code clientSecret} and
 * {@code Client-Secret} are one key. A body that is not JSON is withheld whole, since it cannot be searched safely.
 */
public final class Redactor {

    /** What a removed value is replaced with. */
    public static final String MASK = "[redacted]";

    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxyauthorization", "cookie",
            "setcookie", "xapikey");

    /** Body keys whose values are always removed, normalised (lower case, no separators). */
    private static final Set<String> SECRET_KEYS = Set.of(
            // credentials and tokens
            "clientsecret", "password", "newpassword", "oldpassword", "currentpassword", "secret", "apikey",
            "accesstoken", "refreshtoken", "idtoken", "token", "mfatoken", "subjecttoken", "assertion",
            "authorization", "passphrase", "privatekey", "key", "cert", "ca", "subscriptionkeys", "secrettoken",
            "md5key", "clientsecretkey",
            // one-time codes
            "verificationcode", "otp", "oobcode", "bindingcode", "mfacode", "totpcode", "recoverycode",
            "totpsecret", "sharedsecret", "usercode",
            // an authenticator app's enrolment link carries its secret in the query
            "barcodeuri", "otpauthuri",
            // national identity numbers
            "ssn", "nationalid", "nationalidentitynumber", "nationalidentificationnumber", "personalidentitynumber",
            "personnummer", "fodselsnummer", "socialsecuritynumber", "driverslicense", "driverslicensenumber",
            "nationalidnumber", "governmentid",
            // identity documents: VMSS lists a terminated merchant's principals with theirs (passportNumber,
            // driverLicenseNumber, principalID), which the issue-17 secrets session found in DEBUG bodies
            "passport", "passportnumber", "driverlicense", "driverlicensenumber", "principalid",
            // bank accounts
            "bankaccountnumber", "accountnumber", "bankaccount", "iban", "bban", "bankaccountnumbertype");

    /** Free-text keys that may carry a secret under a composite name, such as {@code payout_bank_account_number}. */
    private static final Pattern SECRET_SUFFIX = Pattern.compile(
            ".*(secret|password|token|ssn|nationalid|accountnumber|iban|passphrase|privatekey)$");

    private final ObjectMapper mapper;

    public Redactor(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The headers as {@code name: value} lines, with credentials and cookies masked. */
    public String headers(Headers headers) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            text.append(name).append(": ")
                    .append(SECRET_HEADERS.contains(normalise(name)) ? MASK : headers.value(i))
                    .append('\n');
        }
        return text.toString();
    }

    /** The body with every sensitive value masked; a body that is not JSON is withheld. */
    public String body(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (Exception notJson) {
            return "<" + body.length() + " characters withheld: not JSON>";
        }
        if (tree == null) {
            return "";
        }
        mask(tree, null);
        return tree.toString();
    }

    /** Whether values under this key are removed from logs. */
    public static boolean isSensitiveKey(String key) {
        String normal = normalise(key);
        return SECRET_KEYS.contains(normal) || SECRET_SUFFIX.matcher(normal).matches();
    }

    /**
     * A bare {@code code} is a one-time or authorization code everywhere except in the error envelope, where it names
     * the error and is what a support person needs to see.
     */
    private static void mask(JsonNode node, String parentKey) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                boolean secret = isSensitiveKey(key) || key.equals("code") && !"error".equals(parentKey);
                secret |= field.getValue().isTextual() && isEnrolmentLink(field.getValue().asText());
                if (secret && !field.getValue().isNull()) {
                    field.setValue(object.textNode(MASK));
                } else {
                    mask(field.getValue(), key);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> mask(item, parentKey));
        }
    }

    /** An {@code otpauth://} link holds an authenticator's secret, whatever key it is sent under. */
    private static boolean isEnrolmentLink(String value) {
        return value.regionMatches(true, 0, "otpauth:", 0, 8);
    }

    private static String normalise(String key) {
        return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }
}
