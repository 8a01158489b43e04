package io.accountsdesk.app.accounts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.app.core.tasks.TaskHandle;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.AccountUpdate;
import io.accountsdesk.client.accounts.ApplicantInput;
import io.accountsdesk.client.json.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How the account page writes: read the account fresh, apply only what the user changed (by the seed's field paths),
 * and send it back, so a change someone else made meanwhile is neither lost nor silently overwritten. An emptied
 * field goes out as an explicit {@code null}: a field left out keeps its value on the server.
 */
final class AccountWrites {

    private static final ObjectMapper JSON = Json.newMapper();

    /** An update to send, and the fields it empties. */
    record Update(AccountUpdate update, Collection<String> cleared) {
    }

    /** Someone else changed fields the user changed too, since the form was filled. */
    static final class Conflict extends RuntimeException {
        private final transient Account fresh;
        private final List<String> paths;

        Conflict(Account fresh, List<String> paths) {
            super("Changed on the server meanwhile: " + paths);
            this.fresh = fresh;
            this.paths = List.copyOf(paths);
        }

        Account fresh() {
            return fresh;
        }

        List<String> paths() {
            return paths;
        }
    }

    private AccountWrites() {
    }

    /**
     * Reads the account, lets {@code change} turn it into an update (it may throw {@link Conflict}), and sends it;
     * the callbacks run on the UI thread.
     */
    static TaskHandle save(SessionServices services, String accountId, String title, Function<Account, Update> change,
                           Consumer<Account> onSaved, Consumer<Throwable> onFailure, Runnable onFinished) {
        return services.tasks().run(BackgroundTask.of(title, task -> services.api(task).accounts().get(accountId))
                .then(title, (fresh, task) -> {
                    Update update = change.apply(fresh);
                    return services.api(task).accounts().update(accountId, update.update(), update.cleared());
                })
                .onSuccess(onSaved)
                .onFailure(onFailure)
                .onFinished(onFinished));
    }

    /** The account as JSON, to read any field by its path. */
    static JsonNode tree(Account account) {
        return JSON.valueToTree(account);
    }

    /** The text of the field at dotted {@code path}, or empty when the account has none. */
    static String text(JsonNode tree, String path) {
        JsonNode node = tree.at("/" + path.replace('.', '/'));
        return node.isMissingNode() || node.isNull() ? "" : node.asText();
    }

    /**
     * The update that sends {@code fresh} back with {@code changed} (path to new text) applied: what the partner may
     * change of the fresh account, the new values on top, and the emptied fields as the update's {@code cleared}.
     */
    static Update apply(Account fresh, Map<String, String> changed) {
        ObjectNode body = JSON.valueToTree(base(fresh).build());
        List<String> cleared = new ArrayList<>();
        for (Map.Entry<String, String> change : changed.entrySet()) {
            String value = change.getValue() == null ? "" : change.getValue().strip();
            if (value.isEmpty()) {
                cleared.add(change.getKey());
                continue;
            }
            Json.set(body, change.getKey(), TextNode.valueOf(value));
        }
        try {
            return new Update(JSON.treeToValue(body, AccountUpdate.class), cleared);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("An account update could not be read back", impossible);
        }
    }

    /** What the partner may change of {@code account}, with empty company, billing or applicant where it has none. */
    static AccountUpdate.Builder base(Account account) {
        AccountUpdate.Builder builder = AccountUpdate.from(account);
        if (account.applicant() == null) {
            builder.applicant(ApplicantInput.of(null, null, null, null));
        }
        if (account.company() == null) {
            builder.company(new AccountCompany(null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null));
        }
        if (account.billing() == null) {
            builder.billing(new AccountBilling(null, null, null, null, null, null));
        }
        return builder;
    }

    /** Field paths whose value on the server is no longer what the form started from. */
    static List<String> conflicts(Account fresh, Map<String, String> startedFrom) {
        JsonNode tree = tree(fresh);
        List<String> moved = new ArrayList<>();
        startedFrom.forEach((path, started) -> {
            if (!text(tree, path).strip().equals(started == null ? "" : started.strip())) {
                moved.add(path);
            }
        });
        return moved;
    }

    /** Path to value of {@code account}, for each of {@code paths}. */
    static Map<String, String> values(Account account, Collection<String> paths) {
        JsonNode tree = tree(account);
        Map<String, String> values = new LinkedHashMap<>();
        paths.forEach(path -> values.put(path, text(tree, path)));
        return values;
    }
}
