package io.accountsdesk.sandbox.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path written as in {@code spec/api/endpoints.tsv}, e.g. {@code /accounts/{oid}/management/accounts/{aid}},
 * so a route is added by copying its row.
 */
public final class PathTemplate {

    private final String text;
    private final List<String> segments;

    private PathTemplate(String text, List<String> segments) {
        this.text = text;
        this.segments = segments;
    }

    public static PathTemplate of(String text) {
        if (!text.startsWith("/")) {
            throw new IllegalArgumentException("Path template must start with '/': " + text);
        }
        return new PathTemplate(text, split(text));
    }

    static List<String> split(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static boolean isParam(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    public List<String> parameterNames() {
        return segments.stream().filter(PathTemplate::isParam).map(s -> s.substring(1, s.length() - 1)).toList();
    }

    /** The decoded path parameters if {@code path} (already split and decoded) fits this template. */
    public Optional<Map<String, String>> match(List<String> path) {
        if (path.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (isParam(segment)) {
                params.put(segment.substring(1, segment.length() - 1), path.get(i));
            } else if (!segment.equals(path.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    /**
     * Orders templates so that literal segments win over parameters at the first place they differ:
     * {@code /accounts/{oid}/auth/keys} beats a hypothetical {@code /accounts/{oid}/auth/{x}}.
     */
    int compareSpecificity(PathTemplate other) {
        for (int i = 0; i < Math.min(segments.size(), other.segments.size()); i++) {
            boolean mine = isParam(segments.get(i));
            boolean theirs = isParam(other.segments.get(i));
            if (mine != theirs) {
                return mine ? -1 : 1;
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathTemplate other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
