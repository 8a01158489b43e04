package io.accountsdesk.app.shell;

import io.accountsdesk.app.core.AccountPageContext;
import io.accountsdesk.app.core.SessionServices;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A tab of the account's page that another feature provides, registered once like a screen.
 *
 * @param tab     the tab's id, which is also the {@code tab} parameter of the account's place ({@code connections})
 * @param factory makes the tab's content for one page of one session
 */
public record AccountTabRegistration(String tab,
                                     BiFunction<SessionServices, AccountPageContext, AccountTabContent> factory) {

    public AccountTabRegistration {
        Objects.requireNonNull(tab, "tab");
        Objects.requireNonNull(factory, "factory");
    }
}
