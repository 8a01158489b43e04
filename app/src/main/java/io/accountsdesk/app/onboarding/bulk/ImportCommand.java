package io.accountsdesk.app.onboarding.bulk;

import io.accountsdesk.app.core.ErrorMessages;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.onboarding.bulk.ApplicationCheck.Verdict;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.NetworkSettings;
import io.accountsdesk.app.session.SessionFactory;
import io.accountsdesk.app.session.SignInRequest;
import io.accountsdesk.sandbox.SandboxOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code accounts-desk import FILE.csv …}: bulk onboarding without the window, for scripts and for tests. The same
 * reading, mapping, checks and sending as the app; one line per row and a summary on standard output. Exit code 0
 * when every row passed, 1 when some did not, 2 on bad usage or a file that cannot be read. The client secret comes
 * from {@code ACCOUNTS_DESK_CLIENT_SECRET}, as for the app; with no environment the embedded sandbox serves.
 */
public final class ImportCommand {

    public static final String SECRET_VARIABLE = "ACCOUNTS_DESK_CLIENT_SECRET";

    private ImportCommand() {
    }

    /** What the command line asked for. */
    record Options(Path file, boolean dryRun, Environment environment, String baseUrl, String partnerId,
                   String clientId, Path out, Path journal, int concurrency, Path sandboxDataDir, Locale locale) {
    }

    static final class Usage extends Exception {
        Usage(String message) {
            super(message);
        }
    }

    public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        Messages messages;
        Options options;
        try {
            options = parse(args);
            messages = Messages.load(options.locale());
        } catch (Usage bad) {
            Messages english = Messages.load(Locale.ENGLISH);
            err.println(bad.getMessage());
            err.println();
            err.println(english.get("import.usage"));
            return 2;
        }
        CsvFile file;
        try {
            file = CsvFile.read(Files.readAllBytes(options.file()));
        } catch (IOException | RuntimeException unreadable) {
            err.println(messages.format("import.unreadable", options.file(), unreadable.getMessage()));
            return 2;
        }
        ApplicationColumns columns = new ApplicationColumns();
        ColumnMapping mapping = ColumnMapping.guess(file.header(), columns);
        out.println(messages.format("import.read", options.file(), file.rows().size(), file.charset().name(),
                messages.get("import.separator." + separatorName(file.separator())), mapping.paths().size()));
        if (!mapping.ignored().isEmpty()) {
            out.println(messages.format("import.ignored", String.join(", ", mapping.ignored())));
        }
        List<Verdict> verdicts = new ApplicationCheck(messages, columns).check(file, mapping);
        if (options.dryRun()) {
            int bad = 0;
            for (Verdict verdict : verdicts) {
                out.println(messages.format("import.row.checked", verdict.line(),
                        messages.get("import.kind." + verdict.kind().name().toLowerCase(Locale.ROOT)),
                        describe(verdict)));
                bad += verdict.kind() == Verdict.Kind.ERROR ? 1 : 0;
            }
            out.println(messages.format("import.summary.dry", verdicts.size(), verdicts.size() - bad, bad));
            return bad == 0 ? 0 : 1;
        }
        SandboxOptions sandbox = SandboxOptions.defaults().withPort(0);
        if (options.sandboxDataDir() != null) {
            sandbox = sandbox.withDataDir(options.sandboxDataDir());
        }
        String caFile = env.get(NetworkSettings.CA_FILE_VARIABLE);
        NetworkSettings network = new NetworkSettings(env, caFile == null || caFile.isBlank() ? null
                : java.nio.file.Path.of(caFile.strip()));
        try (SessionFactory sessions = new SessionFactory(sandbox, () -> { }).withNetwork(network)) {
            Session session = sessions.open(new SignInRequest(options.environment(), options.baseUrl(),
                    options.partnerId(), options.clientId(), env.get(SECRET_VARIABLE)));
            try {
                return send(options, file, verdicts, session, messages, out);
            } finally {
                session.close();
            }
        } catch (RuntimeException failed) {
            err.println(messages.format("import.failed", new ErrorMessages(messages).describe(failed)));
            return 2;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    private static int send(Options options, CsvFile file, List<Verdict> verdicts, Session session, Messages messages,
                            PrintStream out) throws InterruptedException {
        ErrorMessages errors = new ErrorMessages(messages);
        BulkImport.Target target = BulkImport.Target.of(session.client());
        Path journalFile = options.journal() != null ? options.journal()
                : options.file().resolveSibling(options.file().getFileName() + ".journal");
        Map<Integer, BulkImport.Outcome> outcomes = new ConcurrentHashMap<>();
        List<Verdict> toSend = new ArrayList<>();
        try (ImportJournal journal = new ImportJournal(journalFile)) {
            Map<Integer, ImportJournal.Entry> earlier = journal.last();
            // Against the partner's accounts: a company already there is not made again (unless this run's own
            // journal made it, which the import takes as done).
            Map<String, String> existing = new LinkedHashMap<>();
            for (Verdict verdict : verdicts) {
                ImportJournal.Entry entry = earlier.get(verdict.line());
                if (verdict.request() == null || entry != null) {
                    continue;
                }
                String digits = BulkImport.digitsOf(verdict.organisationNumber());
                target.existing(digits).ifPresent(id -> existing.put(digits, id));
            }
            List<Verdict> judged = ApplicationCheck.againstExisting(verdicts, existing, messages);
            for (Verdict verdict : judged) {
                if (verdict.kind() == Verdict.Kind.READY || earlier.containsKey(verdict.line())
                        && verdict.request() != null) {
                    toSend.add(verdict);
                } else {
                    out.println(messages.format("import.row.notSent", verdict.line(), describe(verdict)));
                }
            }
            BulkImport run = new BulkImport(target, journal, options.concurrency(), true, errors::describe,
                    outcome -> {
                        outcomes.put(outcome.line(), outcome);
                        synchronized (out) {
                            out.println(outcome.state() == ImportJournal.State.CREATED
                                    ? messages.format("import.row.created", outcome.line(), outcome.accountId(),
                                    outcome.verdict().businessName())
                                    : messages.format("import.row.failed", outcome.line(),
                                    outcome.verdict().businessName(), outcome.error()));
                        }
                    });
            run.run(toSend, () -> false);
            if (options.out() != null) {
                try {
                    ImportResult.write(options.out(), file, verdicts, outcomes);
                } catch (IOException unwritable) {
                    out.println(messages.format("import.unwritable", options.out(), unwritable.getMessage()));
                }
            }
        }
        long created = outcomes.values().stream().filter(o -> o.state() == ImportJournal.State.CREATED).count();
        long failed = outcomes.size() - created;
        long notSent = verdicts.size() - toSend.size();
        out.println(messages.format("import.summary", verdicts.size(), created, failed, notSent, journalFile));
        return failed == 0 && notSent == 0 ? 0 : 1;
    }

    private static String describe(Verdict verdict) {
        String name = verdict.businessName().isBlank() ? "—" : verdict.businessName();
        return verdict.messages().isEmpty() ? name : name + ": " + String.join(" ", verdict.messages());
    }

    private static String separatorName(char separator) {
        return switch (separator) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "comma";
        };
    }

    static Options parse(List<String> args) throws Usage {
        Path file = null;
        boolean dryRun = false;
        Environment environment = Environment.SANDBOX;
        String baseUrl = null;
        String partnerId = null;
        String clientId = null;
        Path out = null;
        Path journal = null;
        int concurrency = 2;
        Path sandboxDir = null;
        Locale locale = Locale.ENGLISH;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--dry-run" -> dryRun = true;
                case "--env" -> environment = environment(value(args, ++i, arg));
                case "--base-url" -> baseUrl = value(args, ++i, arg);
                case "--partner-id" -> partnerId = value(args, ++i, arg);
                case "--client-id" -> clientId = value(args, ++i, arg);
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--journal" -> journal = Path.of(value(args, ++i, arg));
                case "--sandbox-data-dir" -> sandboxDir = Path.of(value(args, ++i, arg));
                case "--lang" -> locale = Locale.forLanguageTag(value(args, ++i, arg));
                case "--concurrency" -> {
                    try {
                        concurrency = Integer.parseInt(value(args, ++i, arg));
                    } catch (NumberFormatException notANumber) {
                        throw new Usage("--concurrency takes a whole number, like 2");
                    }
                    if (concurrency < 1 || concurrency > 16) {
                        throw new Usage("--concurrency must be between 1 and 16");
                    }
                }
                default -> {
                    if (arg.startsWith("--") || file != null) {
                        throw new Usage("Unknown option or a second file: " + arg);
                    }
                    file = Path.of(arg);
                }
            }
        }
        if (file == null) {
            throw new Usage("Name the CSV file to import.");
        }
        if (environment != Environment.SANDBOX && (partnerId == null || clientId == null)) {
            throw new Usage("--env " + environment.name().toLowerCase(Locale.ROOT)
                    + " needs --partner-id and --client-id (and the secret in " + SECRET_VARIABLE + ").");
        }
        if (environment == Environment.CUSTOM && baseUrl == null) {
            throw new Usage("--env custom needs --base-url.");
        }
        return new Options(file, dryRun, environment, baseUrl, partnerId, clientId, out, journal, concurrency,
                sandboxDir, locale);
    }

    private static Environment environment(String text) throws Usage {
        try {
            return Environment.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new Usage("Unknown environment '" + text + "': use sandbox, test, production or custom.");
        }
    }

    private static String value(List<String> args, int index, String option) throws Usage {
        if (index >= args.size()) {
            throw new Usage(option + " needs a value.");
        }
        return args.get(index);
    }
}
