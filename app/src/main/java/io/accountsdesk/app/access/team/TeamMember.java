package io.accountsdesk.app.access.team;

import io.accountsdesk.client.users.AccountUser;
import io.accountsdesk.client.users.UserRole;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A person with access to the account, as the team table shows them.
 *
 * @param roles   the names of their roles, comma-separated
 * @param roleIds the ids of their roles, for the role choice
 * @param mfa     which second factors they have on, in words the table shows
 */
public record TeamMember(String id, String name, String email, String roles, List<String> roleIds,
                         OffsetDateTime lastSeen, String mfa) {

    static TeamMember of(AccountUser user, String mfaText) {
        List<UserRole> roles = user.roles() == null ? List.of() : user.roles();
        return new TeamMember(user.id(), user.name() == null ? "" : user.name(),
                user.email() == null ? "" : user.email(),
                roles.stream().map(r -> r.name() == null ? r.id() : r.name()).collect(Collectors.joining(", ")),
                roles.stream().map(UserRole::id).toList(), user.lastSeenAt(), mfaText);
    }

    /** The same member with {@code text} in the roles column. */
    TeamMember withRoles(String text) {
        return new TeamMember(id, name, email, text, roleIds, lastSeen, mfa);
    }

    /** The name when there is one, else the e-mail address. */
    public String display() {
        return name.isBlank() ? email : name;
    }
}
