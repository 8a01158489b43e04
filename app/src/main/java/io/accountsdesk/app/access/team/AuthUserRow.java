package io.accountsdesk.app.access.team;

import io.accountsdesk.client.authusers.AuthUser;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;

/**
 * A username/password user this session made or changed. The API cannot list these users, so the table holds what
 * the answers said.
 *
 * @param factors the second-factor channels, comma-separated, or empty
 */
public record AuthUserRow(String id, String username, String factors, OffsetDateTime updated) {

    static AuthUserRow of(AuthUser user) {
        String factors = user.mfa() == null || user.mfa().oobChannels() == null ? ""
                : user.mfa().oobChannels().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return new AuthUserRow(user.id(), user.username(), factors,
                user.updatedAt() != null ? user.updatedAt() : user.createdAt());
    }
}
