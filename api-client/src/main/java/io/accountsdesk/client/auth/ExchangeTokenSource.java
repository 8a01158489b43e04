package io.accountsdesk.client.auth;

import io.accountsdesk.client.AccountIds;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.TokenSource;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Lets a partner act on one of its sub-accounts: the Bearer source of a transport that works on {@code accountId},
 * with tokens the partner obtains from {@code POST /accounts/{partner_id}/auth/exchange_token}. The exchanged token
 * is cached and exchanged again shortly before it expires, one exchange at a time.
 *
 * <p>The exchange answer may carry a refresh token; it is not used, because the partner's own token source can always
 * exchange again, and a refresh token would be one more secret to hold.
 */
public final class ExchangeTokenSource implements TokenSource {

    private final AuthApi partnerAuth;
    private final String partnerId;
    private final String accountId;
    private final Clock clock;
    private String token;
    private Instant renewAt;

    /**
     * @param partnerAuth an {@link AuthApi} whose transport carries the partner's Bearer token
     * @param partnerId   the partner account ({@code ^[PT]\d{3}00000$})
     * @param accountId   the sub-account to act on ({@code ^[PT]\d{8}$})
     */
    public ExchangeTokenSource(AuthApi partnerAuth, String partnerId, String accountId, Clock clock) {
        this.partnerAuth = Objects.requireNonNull(partnerAuth, "partnerAuth");
        if (!AccountIds.isPartnerId(partnerId)) {
            throw new IllegalArgumentException("'" + partnerId + "' is not a partner account id.");
        }
        if (accountId == null || !AccountIds.AID.matcher(accountId).matches()) {
            throw new IllegalArgumentException("'" + accountId + "' is not an account id.");
        }
        this.partnerId = partnerId;
        this.accountId = accountId;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public String accountId() {
        return accountId;
    }

    @Override
    public synchronized String accessToken() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(renewAt)) {
            TokenResponse exchanged = partnerAuth.exchangeToken(partnerId, accountId);
            if (exchanged == null || exchanged.accessToken() == null || exchanged.accessToken().isBlank()) {
                throw new ApiException.Unauthorized("invalid_token_response",
                        "The exchange endpoint answered without an access token.", null, null);
            }
            token = exchanged.accessToken();
            renewAt = ClientCredentialsTokenSource.renewAt(now, exchanged.expiresIn());
        }
        return token;
    }

    @Override
    public synchronized void invalidate(String refused) {
        if (token != null && token.equals(refused)) {
            token = null;
        }
    }

    @Override
    public String toString() {
        return "ExchangeTokenSource[partnerId=" + partnerId + ", accountId=" + accountId + ", token=<redacted>]";
    }
}
