package io.accountsdesk.app.access.roles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the desk knows about scopes. The seed never lists them: it shows {@code read:accounts}, {@code read:billing}
 * and {@code admin:shopping} in its role examples and {@code receipts:write} in its grant examples, the sandbox gives
 * admins {@code admin:accounts},
 * {@code read:accounts} and {@code write:accounts} and its demo roles {@code write:billing}. A scope is
 * {@code verb:area} ({@code read:accounts}); the grant examples also write {@code area:verb} ({@code receipts:write}),
 * so the verb is recognised on either side and the other side is the area.
 */
public final class ScopeCatalogue {

    /** Every scope the seed and the sandbox name, offered even before any role uses it. */
    public static final List<String> KNOWN = List.of("read:accounts", "write:accounts", "admin:accounts",
            "read:billing", "write:billing", "admin:shopping", "receipts:write");

    /** Verbs that let a token change something; {@code read} is the only one that does not. */
    static final Set<String> WRITING_VERBS = Set.of("write", "admin", "create", "update", "delete", "manage");
    static final Set<String> VERBS = Set.of("read", "write", "admin", "create", "update", "delete", "manage");

    private ScopeCatalogue() {
    }

    /** {@code accounts} for {@code read:accounts} and for {@code accounts:read}; the scope itself when it has no colon. */
    public static String areaOf(String scope) {
        String[] parts = split(scope);
        if (parts.length < 2) {
            return scope.strip().toLowerCase(Locale.ROOT);
        }
        // With no verb on either side ({@code checkout:auto_capture}) the first part names the area.
        return VERBS.contains(parts[0]) ? parts[1] : parts[0];
    }

    /** {@code read} for {@code read:accounts} and {@code accounts:read}; empty when the scope names no known verb. */
    public static String verbOf(String scope) {
        String[] parts = split(scope);
        if (parts.length < 2) {
            return VERBS.contains(parts[0]) ? parts[0] : "";
        }
        return VERBS.contains(parts[0]) ? parts[0] : VERBS.contains(parts[1]) ? parts[1] : "";
    }

    private static String[] split(String scope) {
        return scope.strip().toLowerCase(Locale.ROOT).split(":", 2);
    }

    /**
     * Whether a token with this scope may change data. A scope with no verb the desk knows counts as writing: a
     * warning too many is cheaper than a production write nobody was warned about.
     */
    public static boolean grantsWrite(String scope) {
        String verb = verbOf(scope);
        return verb.isEmpty() || WRITING_VERBS.contains(verb);
    }

    /** The scopes that may change data, in the order given. */
    public static List<String> writing(Collection<String> scopes) {
        return scopes.stream().filter(ScopeCatalogue::grantsWrite).toList();
    }

    /** The scopes by area, areas and scopes in alphabetical order (read before write before admin in one area). */
    public static Map<String, List<String>> byArea(Collection<String> scopes) {
        Map<String, List<String>> areas = new TreeMap<>();
        for (String scope : new TreeSet<>(scopes)) {
            areas.computeIfAbsent(areaOf(scope), area -> new ArrayList<>()).add(scope);
        }
        areas.values().forEach(list -> list.sort((a, b) -> Integer.compare(rank(a), rank(b)) != 0
                ? Integer.compare(rank(a), rank(b)) : a.compareTo(b)));
        return areas;
    }

    private static int rank(String scope) {
        return switch (verbOf(scope)) {
            case "read" -> 0;
            case "write", "create", "update" -> 1;
            case "delete" -> 2;
            case "admin", "manage" -> 3;
            default -> 4;
        };
    }

    /** Whether {@code scope} matches what the user typed into the scope search: by the scope or its area. */
    public static boolean matches(String scope, String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String needle = search.strip().toLowerCase(Locale.ROOT);
        return scope.toLowerCase(Locale.ROOT).contains(needle) || areaOf(scope).contains(needle);
    }
}
