package io.accountsdesk.app.signin.oidc;

import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SignInRequest;
import io.accountsdesk.client.auth.TokenResponse;

/**
 * How the single-sign-on way gets its sessions: the API client's (which sends {@code oidc/token} and, later, the
 * refresh grants) and then the person's, carrying the tokens the code was traded for. Both block.
 */
public interface OidcSessions {

    Session clientSession(SignInRequest request);

    /** The person's session on top of {@code clientSession}, with {@code tokens} as its Bearer. */
    Session personSession(Session clientSession, TokenResponse tokens, String username);
}
