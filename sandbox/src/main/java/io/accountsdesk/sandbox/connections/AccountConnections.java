package io.accountsdesk.sandbox.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.accounts.AccountIds;
import io.accountsdesk.sandbox.accounts.AccountRepository;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.store.DocumentStore;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Connections live inside the account document ({@code connections.<provider>}), as the demo data and the seed's
 * account example have them. Every change reads the document with a row lock, changes it and stores it back through
 * {@link AccountRepository#replace} in one transaction, so the account list's {@code connection},
 * {@code connection_status} and {@code payment_option} filters see the change at once, and a request that fails
 * half-way stores nothing.
 */
final class AccountConnections {

    /** Everything a change may touch, inside its transaction. */
    interface Change<T> {
        T apply(ObjectNode account, DocumentStore.Tx tx, Instant now);
    }

    private final DocumentStore documents;
    private final AccountRepository accounts;
    private final Clock clock;

    AccountConnections(DocumentStore documents, AccountRepository accounts, Clock clock) {
        this.documents = documents;
        this.accounts = accounts;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** The partner that owns {@code accountId}, or 404. */
    String partnerOf(String accountId) {
        return accounts.partnerOf(accountId).orElseThrow(() -> noAccount(accountId));
    }

    /** The account's document as stored, or 404. */
    ObjectNode read(String accountId) {
        String partnerId = partnerOf(accountId);
        String json = accounts.document(partnerId, accountId).orElseThrow(() -> noAccount(accountId));
        try {
            return (ObjectNode) Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("Stored account " + accountId + " is not JSON", e);
        }
    }

    /** Changes an account, whoever owns it (the caller's token was already checked against {@code aid}). */
    <T> T update(String accountId, Change<T> change) {
        return update(partnerOf(accountId), accountId, change);
    }

    /**
     * Changes one of {@code partnerId}'s accounts: 404 if the partner has no such account. The change runs on the
     * locked document; unless it throws, the document (with a new {@code updated_at}) is stored.
     */
    <T> T update(String partnerId, String accountId, Change<T> change) {
        return inTransaction(partnerId, accountId, change, Write.STAMPED);
    }

    /**
     * Like {@link #update}, but the account's own {@code updated_at} stays as it was: for the sandbox's controls that
     * rewrite a connection's history (back-dating it) rather than make a change that happened now.
     */
    <T> T rewrite(String accountId, Change<T> change) {
        return inTransaction(partnerOf(accountId), accountId, change, Write.AS_IS);
    }

    /**
     * Like {@link #update} for changes beside the account (documents of the store): the account is read and locked
     * but not written, so its {@code updated_at} stays.
     */
    <T> T inspect(String accountId, Change<T> change) {
        return inTransaction(partnerOf(accountId), accountId, change, Write.NONE);
    }

    /** What happens to the account document once a change has run. */
    private enum Write {
        /** Stored with {@code updated_at} set to now. */
        STAMPED,
        /** Stored as the change left it. */
        AS_IS,
        /** Not stored. */
        NONE
    }

    private <T> T inTransaction(String partnerId, String accountId, Change<T> change, Write write) {
        return documents.inTransaction(tx -> {
            try {
                ObjectNode account = AccountRepository.document(tx.connection(), partnerId, accountId)
                        .orElseThrow(() -> ApiException.notFound("No account " + accountId + " under " + partnerId
                                + ". List the partner's accounts with GET /accounts/" + partnerId
                                + "/management/accounts."));
                Instant now = now();
                T result = change.apply(account, tx, now);
                if (write == Write.NONE) {
                    return result;
                }
                if (write == Write.STAMPED) {
                    account.put("updated_at", ConnectionStateMachine.ts(now));
                }
                AccountRepository.replace(tx.connection(), AccountRepository.recordOf(partnerId, account));
                return result;
            } catch (SQLException e) {
                throw new IllegalStateException("The sandbox database failed: " + e.getMessage(), e);
            }
        });
    }

    /** {@code connections.<provider>} of an account document, if it has one. */
    static Optional<ObjectNode> connection(ObjectNode account, Provider provider) {
        JsonNode node = account.path("connections").path(provider.key);
        return node.isObject() ? Optional.of((ObjectNode) node) : Optional.empty();
    }

    static ObjectNode existing(ObjectNode account, Provider provider) {
        return connection(account, provider).orElseThrow(() -> ApiException.notFound("Account "
                + account.path("account_id").asText() + " has no " + provider.display + " connection. Start one with"
                + " POST " + provider.settingsPath(account.path("account_id").asText()) + "."));
    }

    static void put(ObjectNode account, Provider provider, ObjectNode connection) {
        JsonNode connections = account.get("connections");
        ObjectNode target = connections != null && connections.isObject() ? (ObjectNode) connections
                : account.putObject("connections");
        target.set(provider.key, connection);
    }

    private static ApiException noAccount(String accountId) {
        String hint = AccountIds.PARTNER.matcher(accountId).matches()
                ? " A partner's own account has no connection settings in the sandbox: act on one of its sub-accounts"
                        + " with a token for it (POST /accounts/" + accountId + "/auth/exchange_token)."
                : " Check the id, or list the partner's accounts with GET /accounts/{oid}/management/accounts.";
        return ApiException.notFound("No account " + accountId + " in this sandbox." + hint);
    }
}
