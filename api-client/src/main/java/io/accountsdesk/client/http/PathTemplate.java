package io.accountsdesk.client.http;

import io.accountsdesk.client.AccountIds;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Expands an operation's path template ({@code /accounts/{oid}/management/accounts/{aid}}) against the base URL.
 * Every value is checked against the seed's pattern for its name and then URL-encoded as one path segment, so a value
 * can never add segments or escape its place, and a malformed id fails before any request is sent instead of coming
 * back as a confusing 404.
 */
public final class PathTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    /** The seed caps free-text identifiers (usernames, user ids) at 255 characters. */
    private static final Pattern UP_TO_255 = Pattern.compile("(?s).{1,255}");
    private static final Map<String, Pattern> DEFAULT_PATTERNS = Map.of(
            "oid", AccountIds.OID,
            "aid", AccountIds.AID,
            "partner_id", AccountIds.PARTNER_ID,
            "irn", Pattern.compile("\\d+"),
            "username", UP_TO_255,
            "uid", UP_TO_255);

    private PathTemplate() {
    }

    public static HttpUrl.Builder expand(HttpUrl baseUrl, String template, Map<String, String> params) {
        return expand(baseUrl, template, params, Map.of());
    }

    /** Expands {@code template}; {@code patterns} add or override the rule for a parameter name in this operation. */
    public static HttpUrl.Builder expand(HttpUrl baseUrl, String template, Map<String, String> params,
                                         Map<String, Pattern> patterns) {
        HttpUrl.Builder url = baseUrl.newBuilder();
        for (String segment : template.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            Matcher placeholder = PLACEHOLDER.matcher(segment);
            if (placeholder.matches()) {
                url.addPathSegment(checked(placeholder.group(1), params, patterns));
            } else {
                url.addPathSegment(segment);
            }
        }
        return url;
    }

    private static String checked(String name, Map<String, String> params, Map<String, Pattern> patterns) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(name, "Missing value for path parameter '" + name + "'.");
        }
        Pattern pattern = patterns.getOrDefault(name, DEFAULT_PATTERNS.get(name));
        if (pattern != null && !pattern.matcher(value).matches()) {
            String rule = pattern == UP_TO_255 ? "it must be at most 255 characters long"
                    : "it must match " + pattern.pattern();
            throw new InvalidParameterException(name, "'" + value + "' is not a valid " + name + ": " + rule + ".");
        }
        return value;
    }
}
