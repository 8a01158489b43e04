package io.accountsdesk.app.onboarding.bulk;

import io.accountsdesk.app.onboarding.bulk.ApplicationCheck.Verdict;
import io.accountsdesk.app.onboarding.bulk.ImportJournal.Entry;
import io.accountsdesk.app.onboarding.bulk.ImportJournal.State;
import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.accounts.NewAccount;
import io.accountsdesk.client.accounts.PartnerOnboardingLink;
import io.accountsdesk.client.http.ApiException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Creates the accounts of a checked bulk file, a few at a time, and never one twice. Every row's progress goes to the
 * {@link ImportJournal} as it happens, so a run that stops (cancel, crash, lost network) resumes where it stopped:
 * rows the journal calls created are not sent again, and a row whose answer never came is looked up by its
 * organisation number before it is sent again. A 429 waits as long as the server asks ({@code Retry-After}), since
 * the request was not taken; a 5xx or a lost connection may have created the account, so the row is looked up
 * before it is tried again. A refusal (4xx) is final for the row, and said.
 */
public final class BulkImport {

    /** What became of one row. */
    public record Outcome(Verdict verdict, State state, String accountId, String link, String error) {

        public int line() {
            return verdict.line();
        }
    }

    /** Where accounts are made and found: the API, or whatever a test puts in its place. */
    public interface Target {

        Account create(NewAccount account);

        /** The id of a sub-account whose organisation number has these digits, if there is one. */
        Optional<String> existing(String organisationDigits);

        /**
         * The id of the account a row whose answer was lost would have made: the same organisation number <em>and</em>
         * the same business name. The number alone could find another company's account that was there before (a
         * number that is already a sub-account's), and the row would be reported made when it was not.
         */
        Optional<String> made(String organisationDigits, String businessName);

        /** A new onboarding link for the account, or {@code null} when the server gave none. */
        String onboardingLink(String accountId);

        static Target of(ApiClient client) {
            return new Target() {
                @Override
                public Account create(NewAccount account) {
                    return client.accounts().create(account);
                }

                @Override
                public Optional<String> existing(String digits) {
                    if (digits.isEmpty()) {
                        return Optional.empty();
                    }
                    return client.accounts().list(AccountQuery.all().withSearch(digits).withLimit(25), null).items()
                            .stream()
                            .filter(a -> a.company() != null && digits.equals(digitsOf(a.company().organizationNumber())))
                            .map(Account::accountId).findFirst();
                }

                @Override
                public Optional<String> made(String digits, String businessName) {
                    if (digits.isEmpty()) {
                        return Optional.empty();
                    }
                    String name = businessName == null ? "" : businessName.strip();
                    return client.accounts().list(AccountQuery.all().withSearch(digits).withLimit(25), null).items()
                            .stream()
                            .filter(a -> a.company() != null && digits.equals(digitsOf(a.company().organizationNumber()))
                                    && name.equalsIgnoreCase(a.company().businessName() == null ? ""
                                    : a.company().businessName().strip()))
                            .map(Account::accountId).findFirst();
                }

                @Override
                public String onboardingLink(String accountId) {
                    PartnerOnboardingLink link = client.accounts().createOnboardingLink(accountId);
                    return link == null ? null : link.partnerOnboardingUrl();
                }
            };
        }
    }

    /** How many times a row is tried before it is reported failed. */
    static final int ATTEMPTS = 5;

    private final Target target;
    private final ImportJournal journal;
    private final int concurrency;
    private final boolean links;
    private final Function<Throwable, String> describe;
    private final Consumer<Outcome> onOutcome;

    /**
     * @param concurrency how many rows are sent at once (the default is 2)
     * @param links       whether each new account gets its onboarding link, for the result file
     * @param onOutcome   told of each row as it ends, from the sending threads
     */
    public BulkImport(Target target, ImportJournal journal, int concurrency, boolean links,
                      Function<Throwable, String> describe, Consumer<Outcome> onOutcome) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        this.target = target;
        this.journal = journal;
        this.concurrency = concurrency;
        this.links = links;
        this.describe = describe;
        this.onOutcome = onOutcome;
    }

    /**
     * Sends every row that passed the check ({@code request} not {@code null}), in file order at most
     * {@code concurrency} at a time. Rows not started when {@code cancelled} turns true have no outcome: the next run
     * sends them. Returns the outcomes of the rows that ended, in file order.
     */
    public List<Outcome> run(List<Verdict> rows, BooleanSupplier cancelled) throws InterruptedException {
        Map<Integer, Entry> earlier = journal.last();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "bulk-import");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Outcome>> running = new ArrayList<>();
            for (Verdict row : rows) {
                if (row.request() != null) {
                    running.add(pool.submit(() -> one(row, earlier.get(row.line()), cancelled)));
                }
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : running) {
                try {
                    Outcome outcome = future.get();
                    if (outcome != null) {
                        outcomes.add(outcome);
                    }
                } catch (ExecutionException broken) {
                    throw new IllegalStateException("A row's sending broke: " + broken.getCause(), broken.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome one(Verdict row, Entry journalled, BooleanSupplier cancelled) throws InterruptedException {
        String digits = digitsOf(row.organisationNumber());
        // The journal knows lines, and a file edited since holds another merchant on the same line: what it says
        // about that line is about the other one. The fault soak found rows reported created that were never sent.
        Entry earlier = journalled != null && digits.equals(journalled.organisationNumber()) ? journalled : null;
        if (earlier != null && earlier.state() == State.CREATED) {
            return told(new Outcome(row, State.CREATED, earlier.accountId(), earlier.link(), null));
        }
        if (cancelled.getAsBoolean()) {
            return null;
        }
        if (earlier != null && earlier.state() == State.SENDING) {
            // The last run sent it and never heard back: it may exist.
            Optional<String> found = target.made(digits, row.businessName());
            if (found.isPresent()) {
                return created(row, digits, found.get());
            }
        }
        String lastError = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            journal.write(new Entry(row.line(), digits, State.SENDING, null, null, null));
            try {
                Account account = target.create(row.request());
                return created(row, digits, account.accountId());
            } catch (ApiException.RateLimited limited) {
                lastError = describe.apply(limited);
                Thread.sleep(limited.retryAfter() != null ? limited.retryAfter().toMillis() : backoff(attempt));
            } catch (ApiException.Cancelled stopped) {
                return null;
            } catch (RuntimeException failure) {
                lastError = describe.apply(failure);
                if (failure instanceof ApiException refused && refused.status() >= 400 && refused.status() < 500) {
                    journal.write(new Entry(row.line(), digits, State.FAILED, null, null, lastError));
                    return told(new Outcome(row, State.FAILED, null, null, lastError));
                }
                // A 5xx or a lost answer: the account may have been made before it went wrong.
                Optional<String> found = lookUp(digits, row.businessName());
                if (found.isPresent()) {
                    return created(row, digits, found.get());
                }
                Thread.sleep(backoff(attempt));
            }
        }
        String error = "gave up after " + ATTEMPTS + " attempts: " + lastError;
        journal.write(new Entry(row.line(), digits, State.FAILED, null, null, error));
        return told(new Outcome(row, State.FAILED, null, null, error));
    }

    /** Looks the row up, treating a failed look-up as "not found yet" (the next attempt looks again first). */
    private Optional<String> lookUp(String digits, String businessName) {
        try {
            return target.made(digits, businessName);
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }

    private Outcome created(Verdict row, String digits, String accountId) {
        String link = null;
        if (links) {
            try {
                link = target.onboardingLink(accountId);
            } catch (RuntimeException noLink) {
                link = null; // the account stands; the link can be made on its page
            }
        }
        journal.write(new Entry(row.line(), digits, State.CREATED, accountId, link, null));
        return told(new Outcome(row, State.CREATED, accountId, link, null));
    }

    private Outcome told(Outcome outcome) {
        onOutcome.accept(outcome);
        return outcome;
    }

    private static long backoff(int attempt) {
        return Duration.ofMillis(200L << Math.min(attempt - 1, 5)).toMillis();
    }

    static String digitsOf(String organisationNumber) {
        return organisationNumber == null ? "" : organisationNumber.replaceAll("\\D", "");
    }
}
