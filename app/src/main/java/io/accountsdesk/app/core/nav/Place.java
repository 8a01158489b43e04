package io.accountsdesk.app.core.nav;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where the user is: a screen and its parameters, such as the account {@code T12345678} on its {@code connections}
 * tab. Every way of reaching a screen (the sidebar, the palette, back and forward, links from other screens, a saved
 * view, {@code --open} at start) goes through a place, and a place reads and writes as text:
 * {@code account?id=T12345678&tab=connections}.
 */
public record Place(String screen, Map<String, String> params) {

    private static final Pattern SCREEN_ID = Pattern.compile("[a-z][a-z0-9-]*");

    public Place {
        Objects.requireNonNull(screen, "screen");
        if (!SCREEN_ID.matcher(screen).matches()) {
            throw new IllegalArgumentException("A screen id is lower-case letters, digits and dashes, not '" + screen
                    + "'");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        if (params != null) {
            params.forEach((key, value) -> {
                if (key != null && value != null && !value.isEmpty()) {
                    copy.put(key, value);
                }
            });
        }
        params = Collections.unmodifiableMap(copy);
    }

    /** A place from a screen id and key / value pairs: {@code Place.of("account", "id", "T12345678")}. */
    public static Place of(String screen, String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Parameters come in key / value pairs");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Place(screen, params);
    }

    /** Reads {@code screen?key=value&…}; the values are URL-encoded. */
    public static Place parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        int query = trimmed.indexOf('?');
        String screen = query < 0 ? trimmed : trimmed.substring(0, query);
        Map<String, String> params = new LinkedHashMap<>();
        if (query >= 0) {
            for (String pair : trimmed.substring(query + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.put(key, value);
            }
        }
        return new Place(screen, params);
    }

    public String param(String key) {
        return params.get(key);
    }

    public String param(String key, String fallback) {
        return params.getOrDefault(key, fallback);
    }

    /** The same place with {@code key} set to {@code value} (or removed, for {@code null}). */
    public Place with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        if (value == null || value.isEmpty()) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return new Place(screen, copy);
    }

    public boolean sameScreen(Place other) {
        return other != null && screen.equals(other.screen);
    }

    /** The text form, which {@link #parse} reads back to an equal place. */
    public String toText() {
        if (params.isEmpty()) {
            return screen;
        }
        return screen + "?" + params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    @Override
    public String toString() {
        return toText();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
