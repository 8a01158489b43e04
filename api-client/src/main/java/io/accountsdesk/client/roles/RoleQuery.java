package io.accountsdesk.client.roles;

/**
 * The filters of the role list.
 *
 * @param search         matches id, name and description; {@code null} or blank for none
 * @param name           roles with this name; {@code null} or blank for none
 * @param includeDeleted also deleted roles; the server's default is {@code false}
 * @param limit          page size, 1 to 100
 */
public record RoleQuery(String search, String name, boolean includeDeleted, int limit) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    public RoleQuery {
        search = search == null || search.isBlank() ? null : search.strip();
        name = name == null || name.isBlank() ? null : name.strip();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    public static RoleQuery all() {
        return new RoleQuery(null, null, false, DEFAULT_LIMIT);
    }

    public RoleQuery withSearch(String value) {
        return new RoleQuery(value, name, includeDeleted, limit);
    }

    public RoleQuery withName(String value) {
        return new RoleQuery(search, value, includeDeleted, limit);
    }

    public RoleQuery withDeleted(boolean value) {
        return new RoleQuery(search, name, value, limit);
    }

    public RoleQuery withLimit(int value) {
        return new RoleQuery(search, name, includeDeleted, value);
    }
}
