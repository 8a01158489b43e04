package io.accountsdesk.app.signin;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountsApi;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.users.UserProfile;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The accounts the signed-in person can reach, from their profile ({@code GET /account/user}), and the way to each.
 *
 * <p>What the API allows decides what choosing one does. A person's tokens are issued for one account (the token
 * endpoint's {@code oid}) through that partner's API client, and the refresh token is bound to both; so the session
 * cannot be moved to another partner. A sub-account of the partner is reached inside the session (the client trades
 * the partner's token for one on the sub-account), so choosing it opens its page. Another partner is a new sign-in:
 * choosing it leaves this session and fills that partner id in on the card.
 */
public final class AccountSwitcherViewModel {

    /** How an account relates to the session. */
    public enum Reach {
        /** The partner this session works on. */
        CURRENT,
        /** A sub-account of that partner: opened here. */
        SUB_ACCOUNT,
        /** Another partner or a top-level account: signed in to anew. */
        OTHER
    }

    /** One account of the person's, for the list. */
    public record Choice(String accountId, String name, Reach reach) {
    }

    /** The account page's place, owned by the accounts feature: opened by place, never by its classes. */
    static final String ACCOUNT_SCREEN = "account";

    private final SessionServices services;
    private final Messages messages;
    private final Consumer<String> signInElsewhere;
    private final ObservableList<Choice> accounts = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /**
     * @param signInElsewhere leaves the session for a sign-in to the partner id it is given (the shell's part)
     */
    public AccountSwitcherViewModel(SessionServices services, Consumer<String> signInElsewhere) {
        this.services = services;
        this.messages = services.messages();
        this.signInElsewhere = signInElsewhere;
    }

    /** Reads the person's accounts. An API client's session has no person, and says so instead. */
    public void load() {
        if (services.session().person().isEmpty()) {
            accounts.clear();
            message.set(messages.get("switcher.noPerson"));
            return;
        }
        loading.set(true);
        message.set("");
        services.tasks().run(messages.get("switcher.task"), task -> {
                    var api = services.api(task);
                    return choices(api.users().profile(), api.accounts());
                }, choices -> {
                    loading.set(false);
                    accounts.setAll(choices);
                    message.set(accounts.isEmpty() ? messages.get("switcher.empty") : "");
                }, failure -> {
                    loading.set(false);
                    message.set(services.errors().describe(failure));
                });
    }

    /** Runs on the worker: a membership's relation to the partner is asked of the partner's account list. */
    private List<Choice> choices(UserProfile profile, AccountsApi partnerAccounts) {
        String partner = services.session().partnerId();
        if (profile.accounts() == null) {
            return List.of();
        }
        return profile.accounts().stream()
                .map(m -> new Choice(m.accountId(), m.name() == null ? "" : m.name(),
                        reach(partner, m.accountId(), partnerAccounts)))
                .sorted(java.util.Comparator.comparing(Choice::reach).thenComparing(Choice::accountId))
                .toList();
    }

    /**
     * The partner itself, one of its sub-accounts (the partner's API finds it, with this partner as its partner), or
     * another account: the ids alone do not tell, since a sub-account's id shares nothing with its partner's.
     */
    static Reach reach(String partner, String accountId, AccountsApi partnerAccounts) {
        if (accountId.equals(partner)) {
            return Reach.CURRENT;
        }
        try {
            Account found = partnerAccounts.get(accountId);
            return found != null && (found.partnerId() == null || partner.equals(found.partnerId()))
                    ? Reach.SUB_ACCOUNT : Reach.OTHER;
        } catch (ApiException.NotFound | ApiException.Forbidden notTheirs) {
            return Reach.OTHER;
        }
    }

    /**
     * Goes to {@code choice}: its page for the partner or a sub-account, a new sign-in for another partner.
     *
     * @return whether the switcher is done (and closes)
     */
    public boolean choose(Choice choice) {
        switch (choice.reach()) {
            case CURRENT -> {
                return true; // already here
            }
            case SUB_ACCOUNT -> {
                return services.navigator().goTo(Place.of(ACCOUNT_SCREEN, "id", choice.accountId()));
            }
            case OTHER -> {
                signInElsewhere.accept(choice.accountId());
                return true;
            }
            default -> throw new IllegalStateException(choice.reach().toString());
        }
    }

    /** What choosing {@code choice} will do, in words: shown beside it. */
    public String describe(Choice choice) {
        return messages.get("switcher.reach." + choice.reach().name().toLowerCase(java.util.Locale.ROOT));
    }

    public ObservableList<Choice> accounts() {
        return accounts;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
