package io.accountsdesk.client.http;

import io.accountsdesk.client.AccountIds;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Expands an operation's path template ({@code /accounts/{oid}/management/accounts/{aid}}) against the base URL.
 * Every value is checked against the seed's pattern for its name and then URL-encoded as one path segment, so a value
 * can never add segments or escape its place.
 */
public final class PathTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private static final Map<String, Pattern> KNOWN_PATTERNS = Map.of(
            "oid", AccountIds.OID,
            "aid", AccountIds.AID,
            "partner_id", AccountIds.PARTNER_ID);

    private PathTemplate() {
    }

    public static HttpUrl.Builder expand(HttpUrl baseUrl, String template, Map<String, String> params) {
        HttpUrl.Builder url = baseUrl.newBuilder();
        for (String segment : template.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            Matcher placeholder = PLACEHOLDER.matcher(segment);
            if (placeholder.matches()) {
                url.addPathSegment(checked(placeholder.group(1), params));
            } else {
                url.addPathSegment(segment);
            }
        }
        return url;
    }

    private static String checked(String name, Map<String, String> params) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(name, "Missing value for path parameter '" + name + "'.");
        }
        Pattern pattern = KNOWN_PATTERNS.get(name);
        if (pattern != null && !pattern.matcher(value).matches()) {
            throw new InvalidParameterException(name,
                    "'" + value + "' is not a valid " + name + ": it must match " + pattern.pattern() + ".");
        }
        return value;
    }
}
