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

    /**
     * One line of free text (a log line, an exception's message) with every secret and identity number in it
     * masked, for text that leaves the computer, such as the diagnostics a user sends to support. Unlike a body,
     * a line cannot be parsed, so it is searched: an Authorization scheme's credentials, JSON web tokens,
     * {@code otpauth:} links, a URL's password and curl's {@code -u user:password}, the value after any sensitive
     * key ({@code "client_secret":"…"}, {@code password=…}, {@code refresh_token: …}; a {@code code} when it holds
     * a digit, since an error's code is a word and a one-time code is not), and the Nordic national identity
     * numbers (eleven digits in a row, and the six-and-four forms with their century signs). It masks too much rather than too little: a request id survives,
     * a long number may not.
     */
    public static String line(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = OTPAUTH_LINK.matcher(text).replaceAll("otpauth:" + MASK);
        masked = JWT.matcher(masked).replaceAll(MASK);
        masked = AUTH_SCHEME.matcher(masked).replaceAll(match -> match.group(1) + " " + MASK);
        masked = URL_PASSWORD.matcher(masked).replaceAll(match -> match.group(1) + MASK + "@");
        masked = USER_OPTION.matcher(masked).replaceAll(match -> match.group(1) + MASK);
        masked = maskKeyValues(masked);
        for (Pattern identity : IDENTITY_NUMBERS) {
            masked = identity.matcher(masked).replaceAll(MASK);
        }
        return masked;
    }

    private static String maskKeyValues(String text) {
        java.util.regex.Matcher pair = KEY_VALUE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (pair.find()) {
            String key = pair.group(2);
            String value = pair.group(4);
            boolean secret = isSensitiveKey(key)
                    || normalise(key).equals("code") && value.chars().anyMatch(Character::isDigit);
            if (!secret || value.equals("null") || value.equals(MASK) || value.equals("\"" + MASK + "\"")) {
                pair.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(pair.group()));
                continue;
            }
            String quote = value.startsWith("\"") ? "\"" : value.startsWith("'") ? "'" : "";
            String replaced = pair.group(1) + key + pair.group(1) + pair.group(3) + quote + MASK + quote;
            pair.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replaced));
        }
        pair.appendTail(out);
        return out.toString();
    }

    /** An authenticator's enrolment link, to the next blank or quote. */
    private static final Pattern OTPAUTH_LINK = Pattern.compile("(?i)otpauth:[^\\s\"'<>]+");
    /** A JSON web token: three base64url parts, the first of them a JSON object ({@code eyJ}). */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    /** The credentials after an HTTP authorization scheme; a short word after "Basic" is prose, not a credential. */
    private static final Pattern AUTH_SCHEME = Pattern.compile(
            "(?i)\\b(Bearer|Basic(?=\\s+[A-Za-z0-9+/=]{8,}))\\s+[A-Za-z0-9._~+/=:-]+");
    /** {@code scheme://user:password@host}. */
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/\\s:@]+:)[^/\\s@]+@");
    /** curl's {@code -u user:password} (and {@code --user}), as a developer's note or a printed command has it. */
    private static final Pattern USER_OPTION = Pattern.compile(
            "((?:^|\\s)(?:-u|--user)[\\s=]*['\"]?[^\\s:'\"]+:)[^\\s'\"]+");
    /**
     * {@code key=value}, {@code key: value} or {@code "key":"value"}: group 1 the key's quote, 2 the key, 3 what
     * stands between them, 4 the value (with its quotes).
     */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?<![A-Za-z0-9_])([\"']?)([A-Za-z][A-Za-z0-9_.-]*)\\1(\\s*[:=]\\s*)"
                    + "(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[^\\s&,;\"')\\]}]+)");
    /**
     * Norway's fødselsnummer and D-number (eleven digits; a bank account number has eleven too, and goes with
     * them), Sweden's personnummer, Denmark's CPR and Finland's henkilötunnus (six digits, a sign, four more).
     */
    private static final java.util.List<Pattern> IDENTITY_NUMBERS = java.util.List.of(
            Pattern.compile("(?<![\\d.])\\d{11}(?![\\d])"),
            Pattern.compile("(?<![\\d.])\\d{6} \\d{5}(?!\\d)"),
            Pattern.compile("(?<![\\d.])\\d{4}\\.\\d{2}\\.\\d{5}(?!\\d)"),
            Pattern.compile("(?<![\\w-])(?:19|20)?\\d{6}[-+A]\\d{3}[0-9A-Z](?![\\w-])"),
            Pattern.compile("(?<![\\w-])(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{4}(?![\\w-])"));

    private static String normalise(String key) {
        return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }
}
