package io.accountsdesk.app.accounts;

import io.accountsdesk.client.accounts.Account;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of the account list, with every cell already in display form.
 *
 * @param connections each connection's name and raw status, for badges
 */
public record AccountRow(
        String accountId,
        String name,
        String organizationNumber,
        String country,
        String progression,
        List<ConnectionBadge> connections,
        String accountManager,
        String created) {

    /** A connection shown as a badge: its name and its status word. */
    public record ConnectionBadge(String connection, String status) {
    }

    public static AccountRow of(Account account, Locale locale) {
        List<ConnectionBadge> badges = new ArrayList<>();
        account.connectionStatuses().forEach((name, status) -> badges.add(new ConnectionBadge(name, status.value())));
        String country = account.company() != null && account.company().address() != null
                ? account.company().address().country() : null;
        return new AccountRow(
                account.accountId(),
                account.name(),
                account.company() == null ? null : account.company().organizationNumber(),
                country,
                account.progression() == null ? null : account.progression().value(),
                List.copyOf(badges),
                account.accountManager() == null ? null : account.accountManager().email(),
                // ISO dates read the same in every language and sort as text; the detail panel shows the full time.
                account.createdAt() == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(account.createdAt()));
    }
}
