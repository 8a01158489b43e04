package io.accountsdesk.app.onboarding;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Before an account is created: is the company already a sub-account? It searches the partner's accounts for the
 * organisation number (its digits, so {@code 123 456 789} finds {@code 123456789MVA}) and for the business name
 * without its legal form ({@code AS}, {@code AB}, {@code Oy}…), and calls an account a likely duplicate when its
 * organisation number has the same digits or its name is the same or starts with the other. A likely duplicate
 * holds creation back until the user chooses to go on; a check that failed does too, since "no duplicates" would
 * not be known.
 */
public final class DuplicateGuard {

    /** Where the check stands. */
    public enum State { NOT_CHECKED, CHECKING, CLEAR, FOUND, FAILED }

    /** Why an account looks like the one being created. */
    public enum Reason { SAME_ORGANISATION_NUMBER, SIMILAR_NAME }

    /** An existing account that looks like the application, and why. */
    public record Candidate(String accountId, String name, String organisationNumber, Reason reason, String why) {
    }

    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> LEGAL_FORMS = Set.of("as", "asa", "ab", "publ", "oy", "oyj", "aps", "a/s", "ltd",
            "limited", "gmbh", "da", "ans", "enk", "ba", "sa", "inc", "llc", "nuf", "hb", "kb", "ky", "ay");
    /** How many accounts one search reads: enough for a close look, small enough to answer at once. */
    private static final int SEARCH_LIMIT = 25;

    private final SessionServices services;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NOT_CHECKED);
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty goOn = new SimpleBooleanProperty(this, "goOn");
    private String checkedFor;
    private Cancellable running = Cancellable.NONE;

    public DuplicateGuard(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
    }

    /** Checks the application as it is now; the same organisation number and name again is not checked twice. */
    public void check(String organisationNumber, String businessName) {
        String digits = digits(organisationNumber);
        String name = coreName(businessName);
        String searched = withoutLegalForm(businessName == null ? "" : businessName.toLowerCase(Locale.ROOT));
        String key = digits + "|" + name;
        if (key.equals(checkedFor) && (state.get() == State.CLEAR || state.get() == State.FOUND
                || state.get() == State.CHECKING)) {
            return;
        }
        running.cancel();
        checkedFor = key;
        candidates.clear();
        goOn.set(false);
        message.set(messages.get("onboarding.duplicates.checking"));
        state.set(State.CHECKING);
        running = services.tasks().run(messages.get("onboarding.task.duplicates"),
                task -> {
                    Map<String, Candidate> found = new LinkedHashMap<>();
                    if (digits.length() >= 6) {
                        for (Account account : search(task, digits)) {
                            if (digits.equals(digits(organisationNumberOf(account)))) {
                                found.put(account.accountId(), candidate(account, Reason.SAME_ORGANISATION_NUMBER));
                            }
                        }
                    }
                    if (name.length() >= 3) {
                        for (Account account : search(task, searched)) {
                            if (!found.containsKey(account.accountId()) && similar(name, coreName(account.name()))) {
                                found.put(account.accountId(), candidate(account, Reason.SIMILAR_NAME));
                            }
                        }
                    }
                    return List.copyOf(found.values());
                },
                (List<Candidate> found) -> {
                    if (!key.equals(checkedFor)) {
                        return;
                    }
                    candidates.setAll(found);
                    state.set(found.isEmpty() ? State.CLEAR : State.FOUND);
                    message.set(found.isEmpty() ? messages.get("onboarding.duplicates.none")
                            : messages.format("onboarding.duplicates.found", found.size()));
                },
                failure -> {
                    if (!key.equals(checkedFor)) {
                        return;
                    }
                    state.set(State.FAILED);
                    message.set(messages.format("onboarding.duplicates.failed", services.errors().describe(failure)));
                });
    }

    private List<Account> search(io.accountsdesk.app.core.tasks.TaskContext task, String text) {
        return services.api(task).accounts().list(AccountQuery.all().withSearch(text).withLimit(SEARCH_LIMIT), null)
                .items();
    }

    private Candidate candidate(Account account, Reason reason) {
        String org = organisationNumberOf(account);
        String why = reason == Reason.SAME_ORGANISATION_NUMBER
                ? messages.format("onboarding.duplicates.sameNumber", org)
                : messages.get("onboarding.duplicates.similarName");
        return new Candidate(account.accountId(), account.name(), org, reason, why);
    }

    private static String organisationNumberOf(Account account) {
        return account.company() == null ? null : account.company().organizationNumber();
    }

    /** Whether creating may go ahead: checked and clear, or the user chose to go past what the check said. */
    public boolean lets() {
        return state.get() == State.CLEAR || (state.get() == State.FOUND || state.get() == State.FAILED) && goOn.get();
    }

    /** Forgets the last check (another application opens). */
    public void reset() {
        running.cancel();
        checkedFor = null;
        candidates.clear();
        goOn.set(false);
        message.set("");
        state.set(State.NOT_CHECKED);
    }

    public void cancel() {
        running.cancel();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The user's choice to create the account although the check found a likely duplicate, or could not check. */
    public BooleanProperty goOnProperty() {
        return goOn;
    }

    static String digits(String text) {
        return text == null ? "" : NOT_DIGIT.matcher(text).replaceAll("");
    }

    /** The name in lower case, without accents, punctuation or its legal form: "Nordic Bakery AS" → "nordic bakery". */
    static String coreName(String name) {
        if (name == null) {
            return "";
        }
        return withoutLegalForm(Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT));
    }

    /** The words of {@code name} without a legal form at either end; as typed otherwise, so a search finds it. */
    private static String withoutLegalForm(String name) {
        List<String> words = new ArrayList<>(List.of(NOT_WORD.split(name.strip())));
        words.removeIf(String::isBlank);
        while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        while (words.size() > 1 && LEGAL_FORMS.contains(words.get(0))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    /** The same name, or one is the other with more words after it ("nordic bakery" and "nordic bakery oslo"). */
    static boolean similar(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || b.startsWith(a + " ") || a.startsWith(b + " ");
    }
}
